"""Contacts and lists: CRUD, copy and transfer, de-duplication and opted-out removal, import from an uploaded
file, the keyword search, and the `q` / `operator` / `order_by` search and sort and the page fields."""

from __future__ import annotations

import base64

import httpx
import pytest

from .conftest import Emulator, data, error

LIST, OTHER_LIST, OPT_OUT_LIST, CONTACT = 428, 429, 430, 552802


def contacts_of(api: httpx.Client, list_id: int, **params: object) -> list[dict[str, object]]:
    found: list[dict[str, object]] = data(api.get(f"/lists/{list_id}/contacts", params={"limit": 100, **params}))[
        "data"
    ]
    return found


def test_a_contact_is_created_read_updated_and_deleted(emulator: Emulator, api: httpx.Client) -> None:
    made = data(
        api.post(
            f"/lists/{LIST}/contacts",
            json={"phone_number": "0412 345 678", "address_country": "AU", "first_name": "Ann"},
        )
    )
    assert (made["phone_number"], made["first_name"], made["last_name"], made["email"]) == (
        "+61412345678",
        "Ann",
        "",
        None,
    )
    assert made["_list_name"] == "Gorne Customers"
    path = f"/lists/{LIST}/contacts/{made['contact_id']}"
    assert data(api.get(path)) == made
    emulator.clock.advance(10)
    updated = data(api.put(path, json={"email": "ann@example.com"}))
    assert (updated["email"], updated["first_name"]) == ("ann@example.com", "Ann")  # fields left out are kept
    assert int(updated["date_updated"]) > int(made["date_updated"])
    assert [c["contact_id"] for c in contacts_of(api, LIST, updated_after=made["date_updated"])] == [made["contact_id"]]
    assert data(api.delete(path)) == []
    error(api.get(path), 404, "NOT_FOUND")
    error(api.get(f"/lists/{OTHER_LIST}/contacts/{CONTACT}"), 404, "NOT_FOUND")  # not in that list


def test_a_contact_needs_a_phone_number_fax_number_or_email(api: httpx.Client) -> None:
    error(api.post(f"/lists/{LIST}/contacts", json={"first_name": "Nobody"}), 400, "BAD_REQUEST")
    assert data(api.post(f"/lists/{LIST}/contacts", json={"fax_number": "+61298765432"}))["phone_number"] is None


def test_copy_makes_a_new_contact_and_transfer_moves_it(api: httpx.Client) -> None:
    copied = data(api.put(f"/lists/{LIST}/contacts/{CONTACT}/copy/{OTHER_LIST}"))
    assert copied["list_id"] == OTHER_LIST and copied["contact_id"] != CONTACT and copied["email"] == "ellen@diaz.com"
    assert data(api.get(f"/lists/{LIST}/contacts/{CONTACT}"))["list_id"] == LIST  # the original stays
    moved = data(api.put(f"/lists/{LIST}/contacts/{CONTACT}/transfer/{OTHER_LIST}"))
    assert (moved["contact_id"], moved["list_id"]) == (CONTACT, OTHER_LIST)
    error(api.get(f"/lists/{LIST}/contacts/{CONTACT}"), 404, "NOT_FOUND")
    assert data(api.get(f"/lists/{OTHER_LIST}/contacts/{CONTACT}"))["_list_name"] == "List6eaG4lGIc9"
    error(api.put(f"/lists/{OTHER_LIST}/contacts/{CONTACT}/copy/999999"), 404, "NOT_FOUND")


def test_duplicates_are_removed_by_the_fields_named(api: httpx.Client) -> None:
    by_name = {"fields": ["first_name", "last_name", "no_such_field"]}
    assert data(api.put(f"/lists/{LIST}/remove-duplicates", json=by_name)) == {"deleted": 2}  # 3 Ellen Diaz
    assert [c["first_name"] for c in contacts_of(api, LIST)] == ["Ellen", "Gorne"]
    assert data(api.put(f"/lists/{LIST}/remove-duplicates")) == {"deleted": 0}  # by phone number: none left


def test_the_phone_number_is_the_default_duplicate_key(api: httpx.Client) -> None:
    assert data(api.put(f"/lists/{LIST}/remove-duplicates")) == {"deleted": 1}  # 552802 has 552786's number
    assert CONTACT not in [c["contact_id"] for c in contacts_of(api, LIST)]


def test_opted_out_contacts_are_removed(api: httpx.Client) -> None:
    assert data(api.put(f"/lists/{LIST}/remove-opted-out-contacts/{OPT_OUT_LIST}")) == {"deleted": 1}
    assert "+16783270697" not in [c["phone_number"] for c in contacts_of(api, LIST)]
    error(api.put(f"/lists/{LIST}/remove-opted-out-contacts/999999"), 404, "NOT_FOUND")


def test_a_list_is_created_renamed_and_deleted_with_its_contacts(emulator: Emulator, api: httpx.Client) -> None:
    made = data(api.post("/lists", json={"list_name": "Fresh"}))
    assert made["_contacts_count"] == 0 and len(made["list_email_id"]) == 16
    data(api.post(f"/lists/{made['list_id']}/contacts", json={"email": "a@b.com"}))
    assert data(api.put(f"/lists/{made['list_id']}", json={"list_name": "Renamed"}))["list_name"] == "Renamed"
    assert data(api.get(f"/lists/{made['list_id']}"))["_contacts_count"] == 1
    assert data(api.delete(f"/lists/{made['list_id']}")) == []
    error(api.get(f"/lists/{made['list_id']}"), 404, "NOT_FOUND")
    demo = emulator.demo
    assert all(contact.list_id != made["list_id"] for contact in demo.contacts)


CSV = b"phone,first_name,custom1\n518-481-1002,Ann,vip\n,No Number,\n+61412000002,Bob,\n"


def test_contacts_import_from_an_uploaded_file_multipart_or_base64(api: httpx.Client) -> None:
    uploaded = data(api.post("/uploads", params={"convert": "csv"}, files={"file": ("people.csv", CSV, "text/csv")}))
    assert uploaded["file_name"].endswith(".csv")
    queued = data(
        api.post(
            f"/lists/{OTHER_LIST}/import",
            json={"file_url": uploaded["_url"], "field_order": ["phone", "first_name", "custom1"]},
        )
    )
    assert queued["msg"] == "Messages put on queue." and queued["ids"] == [queued["id"]]
    imported = contacts_of(api, OTHER_LIST)[1:]
    assert [(c["phone_number"], c["first_name"], c["custom_1"]) for c in imported] == [
        ("+15184811002", "Ann", "vip"),
        ("+61412000002", "Bob", ""),
    ]  # a national number read in the account's country (US); the header line and a row without a number skipped
    again = data(
        api.post(
            "/uploads",
            json={"content": base64.b64encode(b"+61412000003,Cy\n").decode(), "convert": "csv"},
            params={"convert": "csv"},
        )
    )
    data(
        api.post(
            f"/lists/{OTHER_LIST}/import",
            json={"file_url": again["_url"], "field_order": ["phone_number", "first_name"]},
        )
    )
    assert contacts_of(api, OTHER_LIST)[-1]["first_name"] == "Cy"


def test_an_import_from_elsewhere_is_queued_and_imports_nothing(api: httpx.Client) -> None:
    before = contacts_of(api, OTHER_LIST)
    answer = api.post(
        f"/lists/{OTHER_LIST}/import", json={"file_url": "http://yourdomain.com/import.csv", "field_order": ["phone"]}
    )
    assert data(answer)["msg"] == "Messages put on queue." and contacts_of(api, OTHER_LIST) == before
    # A URL the pattern takes but Python cannot split (an unclosed IPv6 host) is just another URL, not a crash.
    odd = api.post(f"/lists/{OTHER_LIST}/import", json={"file_url": "http://[f", "field_order": ["phone"]})
    assert data(odd)["msg"] == "Messages put on queue." and contacts_of(api, OTHER_LIST) == before
    error(
        api.post(f"/lists/{OTHER_LIST}/import", json={"file_url": "ftp://x", "field_order": ["phone"]}),
        400,
        "BAD_REQUEST",
    )


def test_an_upload_is_served_for_ten_minutes(emulator: Emulator, api: httpx.Client) -> None:
    gif = "R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
    uploaded = data(api.post("/uploads", params={"convert": "mms"}, json={"content": gif}))
    assert uploaded["file_name"].endswith(".gif") and uploaded["date_delete"] - uploaded["date_added"] == 600
    served = httpx.get(uploaded["_url"])
    assert served.content == base64.b64decode(gif) and served.headers["content-type"] == "image/gif"
    emulator.clock.advance(600)
    error(httpx.get(uploaded["_url"]), 404, "NOT_FOUND")
    odd = data(api.post("/uploads", params={"convert": "fax"}, json={"content": "QQ\nQ"}))  # lenient Base64
    assert odd["file_name"].endswith(".pdf")


def test_the_keyword_search_finds_contacts_and_lists(api: httpx.Client) -> None:
    found = data(api.get("/search/contacts-lists", params={"q": "gorne"}))
    assert [(r["type"], r["id"], r["contacts_count"]) for r in found["data"]] == [
        ("contact", 552807, None),
        ("list", LIST, 4),
    ]
    assert found["data"][0]["contact"] == "+16783275492" and found["data"][1]["contact"] == "GHPAJCCVGMTD9BLA"
    assert data(api.get("/search/contacts-lists", params={"q": "zzz-nothing"}))["total"] == 0
    error(api.get("/search/contacts-lists"), 400, "BAD_REQUEST")


def test_q_searches_fields_ignoring_case_with_and_or_or(api: httpx.Client) -> None:
    def ids(**params: object) -> list[object]:
        return [c["contact_id"] for c in contacts_of(api, LIST, **params)]

    assert ids(q="first_name:ELLEN") == [552786, 552787, CONTACT]
    assert ids(q="first_name:ellen,email:diaz.com") == [CONTACT]
    assert ids(q="first_name:gorne,email:diaz.com", operator="OR") == [CONTACT, 552807]
    assert ids(q="no_such_field:x") == []


def test_order_by_sorts_ascending_or_descending(api: httpx.Client) -> None:
    def ids(**params: object) -> list[object]:
        return [c["contact_id"] for c in contacts_of(api, LIST, **params)]

    assert ids(order_by="contact_id:desc") == [552807, CONTACT, 552787, 552786]
    assert ids(order_by="phone_number:asc")[-1] == 552807
    names = [
        t["template_name"] for t in data(api.get("/sms/templates", params={"order_by": "template_name:desc"}))["data"]
    ]
    assert names == sorted(names, reverse=True)
    error(api.get("/sms/templates", params={"order_by": "template_name:sideways"}), 400, "BAD_REQUEST")


def test_pages_have_the_documented_fields(api: httpx.Client) -> None:
    for n in range(20):
        data(api.post("/sms/templates", json={"template_name": f"T{n:02}", "body": "b"}))
    first = data(api.get("/sms/templates"))
    assert (first["total"], first["per_page"], first["current_page"], first["last_page"]) == (23, 15, 1, 2)
    assert (first["from"], first["to"], len(first["data"]), first["prev_page_url"]) == (1, 15, 15, None)
    assert first["next_page_url"].endswith("/v3/sms/templates?page=2")
    second = data(httpx.get(first["next_page_url"], auth=api.auth))
    assert (second["from"], second["to"], second["next_page_url"]) == (16, 23, None)
    assert second["prev_page_url"].endswith("page=1")
    past = data(api.get("/sms/templates", params={"page": 9}))
    assert (past["data"], past["from"], past["to"]) == ([], None, None)
    assert data(api.get("/sms/templates", params={"limit": 100}))["per_page"] == 100
    error(api.get("/sms/templates", params={"limit": 101}), 400, "BAD_REQUEST")


@pytest.mark.parametrize(
    "path",
    [
        "/lists",
        "/subaccounts",
        "/sms/history",
        "/delivery-issues",
        "/numbers",
        "/sms-campaigns",
        "/mms-campaigns",
        "/voice/history",
        "/sms/inbound",
    ],
)
def test_every_record_list_takes_q_and_order_by(api: httpx.Client, path: str) -> None:
    everything = data(api.get(path, params={"limit": 100}))["data"]
    assert everything, path
    field = next(name for name, value in everything[0].items() if isinstance(value, str) and value)
    wanted = everything[0][field]
    found = data(api.get(path, params={"q": f"{field}:{wanted}", "limit": 100}))["data"]
    assert everything[0] in found and all(wanted.casefold() in str(r[field]).casefold() for r in found)
    ordered = data(api.get(path, params={"order_by": f"{field}:desc", "limit": 100}))["data"]
    keys = [str(r[field]).casefold() for r in ordered if r[field] is not None]
    assert keys == sorted(keys, reverse=True)
