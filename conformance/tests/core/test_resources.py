"""The core's resource collection, search, sort and paging, and the HTTP Basic helper."""

from __future__ import annotations

import base64
from dataclasses import dataclass

import pytest
from starlette.requests import Request

from conformance.emulators.core import ApiError
from conformance.emulators.core.auth import basic_credentials, same_secret
from conformance.emulators.core.resources import Collection, page_of, parse_order, parse_search, search, sort_by


@dataclass
class Contact:
    contact_id: int
    first_name: str
    last_name: str | None = None


def people() -> Collection[Contact]:
    contacts = Collection[Contact]("contact")
    for first, last in [("Ann", "Smith"), ("bob", "Jones"), ("Cid", None)]:
        contacts.add(lambda new_id, first=first, last=last: Contact(new_id, first, last))
    return contacts


def test_ids_are_issued_in_order_and_never_reused() -> None:
    contacts = people()
    assert [c.contact_id for c in contacts] == [1, 2, 3]
    contacts.remove(3)
    assert contacts.add(lambda new_id: Contact(new_id, "Dee")).contact_id == 4
    contacts.put(10, Contact(10, "Eve"))
    assert contacts.issue_id() == 11 and len(contacts) == 4 and 10 in contacts


def test_a_missing_record_is_the_collections_not_found_error() -> None:
    with pytest.raises(ApiError) as raised:
        people().get(99)
    assert (raised.value.status, raised.value.message) == (404, "contact 99 not found")
    custom = Collection[Contact]("list", not_found=lambda kind, record_id: ApiError(404, "NOT_FOUND"))
    with pytest.raises(ApiError, match="NOT_FOUND"):
        custom.remove(1)


def test_search_ignores_case_and_combines_terms_with_and_or_or() -> None:
    contacts = people()
    assert [c.contact_id for c in contacts.search({"first_name": "BO"})] == [2]
    assert contacts.search({"first_name": "ann", "last_name": "jones"}) == []
    assert [c.contact_id for c in contacts.search({"first_name": "ann", "last_name": "jones"}, "any")] == [1, 2]
    assert search([{"name": "Ann"}], {"name": "an"}) == [{"name": "Ann"}]  # dict records too
    assert len(contacts.search({})) == 3


def test_sort_orders_text_ignoring_case_with_missing_values_last() -> None:
    contacts = people().all()
    assert [c.first_name for c in sort_by(contacts, "first_name", descending=True)] == ["Cid", "bob", "Ann"]
    assert [c.contact_id for c in sort_by(contacts, "last_name")] == [2, 1, 3]
    assert [c.contact_id for c in sort_by(contacts, "last_name", descending=True)] == [1, 2, 3]


def test_search_and_order_query_forms() -> None:
    assert parse_search("first_name:john,last_name:smith") == {"first_name": "john", "last_name": "smith"}
    assert parse_search(None) == {} and parse_order(None) is None
    assert parse_order("contact_id:desc") == ("contact_id", True) and parse_order("name") == ("name", False)
    for bad_search in ("nofield", ":x"):
        with pytest.raises(ApiError):
            parse_search(bad_search)
    with pytest.raises(ApiError):
        parse_order("name:sideways")


def test_pages_report_their_place_in_the_whole_list() -> None:
    records = list(range(1, 36))
    second = page_of(records, page=2, limit=15)
    assert (second.items[0], second.total, second.last_page, second.first, second.last) == (16, 35, 3, 16, 30)
    past = page_of(records, page=9, limit=15)
    assert (past.items, past.first, past.last, past.last_page) == ([], None, None, 3)
    assert page_of([], 1, 15).last_page == 1
    with pytest.raises(ApiError):
        page_of(records, page=0, limit=15)


def request_with(authorization: str | None) -> Request:
    headers = [] if authorization is None else [(b"authorization", authorization.encode())]
    return Request({"type": "http", "method": "GET", "path": "/", "headers": headers, "query_string": b""})


def test_basic_credentials_are_read_and_bad_headers_are_none() -> None:
    encoded = base64.b64encode("ann:s3:cret é".encode()).decode()
    assert basic_credentials(request_with(f"Basic {encoded}")) == ("ann", "s3:cret é")
    assert basic_credentials(request_with(f"basic {encoded}")) == ("ann", "s3:cret é")
    for bad in (None, "Bearer abc", "Basic", "Basic !!!", "Basic " + base64.b64encode(b"no-colon").decode()):
        assert basic_credentials(request_with(bad)) is None
    assert same_secret("a", "a") and not same_secret("a", "b")
