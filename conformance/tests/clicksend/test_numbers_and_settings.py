"""Dedicated numbers, global sending, delivery issues, templates, countries, timezones."""

from __future__ import annotations

import httpx

from .conftest import Emulator, balance, data, error, sms


def test_a_number_bought_leaves_the_pool_costs_its_price_and_becomes_the_sender(
    emulator: Emulator, api: httpx.Client
) -> None:
    offers = data(api.get("/numbers/search/us", params={"search": "213555", "search_type": 0, "limit": 100}))
    assert offers["_currency"]["currency_name_short"] == "USD" and offers["total"] == 20  # +1 213 555 ....
    offer = offers["data"][0]
    before = balance(api)
    bought = data(api.post(f"/numbers/buy/{offer['dedicated_number']}"))
    assert float(bought["price_total"]) == float(offer["price_total"]) == float(bought["_price_monthly"])
    assert balance(api) == before - float(offer["price_total"])
    mine = [n["dedicated_number"] for n in data(api.get("/numbers"))["data"]]
    assert mine == ["+19403944918", offer["dedicated_number"]]
    error(api.post(f"/numbers/buy/{offer['dedicated_number']}"), 404, "NOT_FOUND")  # no longer for sale
    assert offer not in data(api.get("/numbers/search/US", params={"limit": 100}))["data"]
    ends = data(api.get("/numbers/search/US", params={"search": "0576", "search_type": 2}))["data"]
    assert [n["dedicated_number"] for n in ends] == ["+12282060576"]
    assert data(api.get("/numbers/search/ZZ"))["total"] == 0


def test_a_number_the_balance_cannot_pay_is_refused(emulator: Emulator, api: httpx.Client) -> None:
    from decimal import Decimal

    emulator.demo.balance = Decimal("1.00")
    error(api.post("/numbers/buy/+12282060576"), 400, "INSUFFICIENT_CREDIT")
    assert data(api.get("/numbers/search/US", params={"search": "2282060576", "search_type": 1}))["total"] == 1


def test_agreeing_records_the_time_for_the_selected_countries(emulator: Emulator, api: httpx.Client) -> None:
    assert [(c["id"], c["agreed_at"]) for c in data(api.get("/user-countries"))] == [(1, None), (2, None)]
    agreed = data(api.post("/user-countries/agree", json={"country_list_ids": [1, 3]}))  # 3 is not selected
    assert [(c["id"], c["agreed_at"]) for c in agreed] == [(1, emulator.store.now()), (2, None)]
    assert [c["agreed_at"] is not None for c in data(api.post("/user-countries/agree"))] == [True, True]  # no body: all
    kept = data(api.post("/user-countries", json={"country_list_ids": [2, 4]}))
    assert [(c["code"], c["agreed_at"] is not None) for c in kept] == [("US", True), ("NZ", False)]
    error(api.post("/user-countries", json={"country_list_ids": [9999]}), 404, "NOT_FOUND")
    options = data(api.get("/country-list", params={"q": "region:oceania"}))
    assert [c["code"] for c in options] == ["AU", "NZ"]


def test_a_country_left_out_of_the_selection_is_no_longer_enabled(api: httpx.Client) -> None:
    data(api.post("/user-countries", json={"country_list_ids": [1]}))
    (message,) = data(api.post("/sms/send", json=sms("+15184811001", "us")))["messages"]
    assert message["status"] == "COUNTRY_NOT_ENABLED"


def test_a_delivery_issue_takes_either_spelling_of_the_email_field(api: httpx.Client) -> None:
    first = data(api.post("/delivery-issues", json={"type": "SMS", "description": "late", "email_address": "a@b.c"}))
    second = data(api.post("/delivery-issues", json={"type": "MMS", "description": "lost", "email-address": "d@e.f"}))
    assert (first["email_address"], second["email_address"], second["issue_id"]) == ("a@b.c", "d@e.f", 7)
    error(api.post("/delivery-issues", json={"type": "SMS", "description": "x"}), 400, "MISSING_REQUIRED_FIELDS")
    error(
        api.post("/delivery-issues", json={"type": "sms", "description": "x", "email_address": "a"}), 400, "BAD_REQUEST"
    )
    assert data(api.get("/delivery-issues"))["total"] == 7


def test_templates_are_created_updated_and_deleted(api: httpx.Client) -> None:
    made = data(api.post("/sms/templates", json={"template_name": "Hello", "body": "Hello (First Name)"}))
    assert made["template_id"] == 26  # after the demo's 25
    changed = data(api.put(f"/sms/templates/{made['template_id']}", json={"template_name": "Hi", "body": "Hi"}))
    assert changed == {"template_id": 26, "template_name": "Hi", "body": "Hi"}
    assert data(api.delete(f"/sms/templates/{made['template_id']}")) == []
    error(api.put(f"/sms/templates/{made['template_id']}", json={"template_name": "x", "body": "y"}), 404, "NOT_FOUND")


def test_countries_and_timezones(emulator: Emulator, api: httpx.Client) -> None:
    with emulator.anonymous() as anonymous:
        countries = data(anonymous.get("/countries"))
        assert len(countries) == 249 and {"code": "AU", "value": "Australia"} in countries
        assert data(anonymous.get("/countries", params={"q": "value:zealand"})) == [
            {"code": "NZ", "value": "New Zealand"}
        ]
    zones = data(api.get("/timezones"))
    assert "Australia/Melbourne" in zones and zones == sorted(zones) and len(zones) > 100
    assert data(api.get("/timezones", params={"page": 1, "limit": 15})) == zones[:15]
