"""SMS and MMS campaigns: one message to each contact of a list, charged, personalised, scheduled and cancelled;
the whole campaign refused when the balance cannot pay for it."""

from __future__ import annotations

from decimal import Decimal

import httpx
import pytest

from conformance.emulators.clicksend.geography import SENDING_BY_CODE

from .conftest import TEST_ACCOUNTS, Emulator, balance, data, error

LIST = 428  # four contacts with three different US numbers
US_PRICE = float(SENDING_BY_CODE["US"].sms_price)
MMS_CAMPAIGN = {
    "list_id": LIST,
    "name": "Koalas",
    "from": "+61353787448",
    "subject": "Koalas",
    "media_file": "https://example.com/koala.jpg",
    "body": "Hey (First Name), koalas!",
}


def history(api: httpx.Client, path: str = "/sms/history") -> list[dict[str, object]]:
    found: list[dict[str, object]] = data(api.get(path, params={"limit": 100}))["data"]
    return found


def test_a_campaign_sends_each_contact_of_the_list_and_charges_them(api: httpx.Client) -> None:
    before = balance(api)
    campaign = data(
        api.post("/sms-campaigns/send", json={"list_id": LIST, "name": "Spring", "body": "Hi (First Name)"})
    )
    assert campaign["status"] == "Queued" and campaign["body"] == "Hi (First Name) StopMsg.me/xxxxx"  # opt-out added
    sent = [m for m in history(api) if str(m["body"]).startswith("Hi ") and m["list_id"] == LIST]
    assert sorted(str(m["body"]) for m in sent) == ["Hi Ellen StopMsg.me/xxxxx"] * 2 + ["Hi Gorne StopMsg.me/xxxxx"]
    assert balance(api) == pytest.approx(before - 3 * US_PRICE)  # the fourth contact repeats a number: throttled
    got = data(api.get(f"/sms-campaigns/{campaign['sms_campaign_id']}"))
    assert got["_total_count"] == 4 and got["name"] == "Spring"


def test_a_body_with_its_own_opt_out_is_kept_and_short_urls_need_both_parts(api: httpx.Client) -> None:
    kept = data(
        api.post("/sms-campaigns/send", json={"list_id": LIST, "name": "n", "body": "Sale. Reply STOP to stop"})
    )
    assert kept["body"] == "Sale. Reply STOP to stop"
    short = {"list_id": LIST, "name": "n", "body": "Go to smsu.io/xxxxx now, reply stop to opt out"}
    error(api.post("/sms-campaigns/send", json=short), 400, "BAD_REQUEST")
    error(
        api.post("/sms-campaigns/send", json={**short, "body": "reply stop", "url_to_shorten": "https://x.y"}),
        400,
        "BAD_REQUEST",
    )
    linked = data(api.post("/sms-campaigns/send", json={**short, "url_to_shorten": "https://example.com/sale"}))
    assert "smsu.io/xxxxx" not in linked["body"] and "smsu.io/" in linked["body"]


def test_the_campaign_price_is_a_preview_that_charges_nothing(api: httpx.Client) -> None:
    before = balance(api)
    priced = data(api.post("/sms-campaigns/price", json={"list_id": LIST, "name": "n", "body": "(First Name), hello"}))
    assert priced["total_count"] == 4 and float(priced["total_price"]) == pytest.approx(3 * US_PRICE)
    assert priced["data"]["body"] == "Ellen, hello"  # as the first contact gets it
    assert balance(api) == before
    error(api.post("/sms-campaigns/price", json={"list_id": 999999, "name": "n", "body": "b"}), 404, "NOT_FOUND")


def test_a_scheduled_campaign_is_updated_or_cancelled_with_its_price_back(
    emulator: Emulator, api: httpx.Client
) -> None:
    before = balance(api)
    later = emulator.store.now() + 3600
    made = data(
        api.post("/sms-campaigns/send", json={"list_id": LIST, "name": "Later", "body": "x stop", "schedule": later})
    )
    assert (made["status"], int(made["schedule"])) == ("Scheduled", later)
    assert balance(api) == pytest.approx(before - 3 * US_PRICE)  # charged when scheduled
    campaign = f"/sms-campaigns/{made['sms_campaign_id']}"
    updated = data(api.put(campaign, json={"list_id": 429, "name": "Later 2", "body": "y stop", "schedule": later}))
    assert (updated["name"], updated["list_id"], updated["_total_count"]) == ("Later 2", 429, 1)
    # the old messages' price given back, the new list's (one Australian contact) taken
    assert balance(api) == pytest.approx(before - float(SENDING_BY_CODE["AU"].sms_price))
    cancelled = data(api.put(f"{campaign}/cancel"))
    assert cancelled["status"] == "Cancelled" and balance(api) == pytest.approx(before)
    error(api.put(f"{campaign}/cancel"), 400, "BAD_REQUEST")
    error(api.put(campaign, json={"list_id": LIST, "name": "n", "body": "b"}), 400, "BAD_REQUEST")
    assert all(m["status"] == "Cancelled" for m in history(api) if m["body"] in ("x stop", "y stop"))


def test_a_sent_campaign_moves_to_sent_and_cannot_be_cancelled(emulator: Emulator, api: httpx.Client) -> None:
    made = data(api.post("/sms-campaigns/send", json={"list_id": LIST, "name": "Now", "body": "now stop"}))
    emulator.clock.advance(10)
    assert data(api.get(f"/sms-campaigns/{made['sms_campaign_id']}"))["status"] == "Sent"
    error(api.put(f"/sms-campaigns/{made['sms_campaign_id']}/cancel"), 400, "BAD_REQUEST")


def test_a_campaign_the_balance_cannot_pay_is_refused_whole(emulator: Emulator, api: httpx.Client) -> None:
    account = emulator.demo
    account.balance = Decimal(US_PRICE)  # one message of three
    answer = api.post("/sms-campaigns/send", json={"list_id": LIST, "name": "Poor", "body": "stop"})
    assert "message credits" in error(answer, 400, "INSUFFICIENT_CREDIT")
    assert not any(m["body"] == "stop" for m in history(api)) and account.balance == Decimal(US_PRICE)
    with emulator.client("nocredit", TEST_ACCOUNTS["api_key"]) as nocredit:
        made = data(nocredit.post("/lists", json={"list_name": "mine"}))
        data(nocredit.post(f"/lists/{made['list_id']}/contacts", json={"phone_number": "+61411111111"}))
        refused = nocredit.post("/sms-campaigns/send", json={"list_id": made["list_id"], "name": "n", "body": "stop"})
        error(refused, 400, "INSUFFICIENT_CREDIT")


def test_an_mms_campaign_checks_its_subject_and_media_file(api: httpx.Client) -> None:
    error(api.post("/mms-campaigns/send", json={**MMS_CAMPAIGN, "subject": ""}), 400, "SUBJECT_REQUIRED")
    error(api.post("/mms-campaigns/send", json={**MMS_CAMPAIGN, "media_file": "koala.bmp"}), 400, "INVALID_MEDIA_FILE")
    made = data(api.post("/mms-campaigns/send", json=MMS_CAMPAIGN))
    assert (made["file_name"], made["_media_file_url"], made["_total_count"]) == (
        "koala.jpg",
        MMS_CAMPAIGN["media_file"],
        4,
    )
    bodies = sorted(str(m["body"]) for m in history(api, "/mms/history") if "koalas" in str(m["body"]))
    assert bodies == ["Hey Ellen, koalas!", "Hey Ellen, koalas!", "Hey Gorne, koalas!"]
    assert data(api.get(f"/mms-campaign/{made['mms_campaign_id']}"))["name"] == "Koalas"  # the docs' singular path
    priced = data(api.post("/mms-campaigns/price", json=MMS_CAMPAIGN))
    assert priced["data"]["body"] == "Hey Ellen, koalas!"


def test_the_demo_mms_campaign_cancels(api: httpx.Client) -> None:
    assert data(api.get("/mms-campaigns/97"))["status"] == "Scheduled"
    assert data(api.put("/mms-campaigns/97/cancel"))["status"] == "Cancelled"
    assert data(api.get("/mms-campaigns"))["data"][0]["status"] == "Cancelled"
