"""Pull delivery receipts and inbound SMS: listed while unread, marked as read (all, before a time, one), and
the test receipts and test inbound messages, "forwarded" to their URL."""

from __future__ import annotations

import httpx

from conformance.emulators.clicksend.state import Forwarded

from .conftest import Emulator, data, error

DEMO_UNREAD_RECEIPTS = [
    "31BC271B-1E0C-45F6-9E7E-97186C46BB82",
    "23C8ADA3-FD8B-420B-801A-F829BB87AC6F",
    "3BD22FAD-A5D3-4D99-B4C0-16BF65BE052C",
]


def unread_receipts(api: httpx.Client) -> list[str]:
    return [receipt["message_id"] for receipt in data(api.get("/sms/receipts", params={"limit": 100}))["data"]]


def unread_inbound(api: httpx.Client) -> list[str]:
    return [message["message_id"] for message in data(api.get("/sms/inbound", params={"limit": 100}))["data"]]


def test_receipts_are_listed_until_marked_as_read(api: httpx.Client) -> None:
    assert unread_receipts(api) == DEMO_UNREAD_RECEIPTS
    assert data(api.put("/sms/receipts-read", json={"date_before": 1442381800})) == []
    assert unread_receipts(api) == DEMO_UNREAD_RECEIPTS[1:]  # the one delivered before that time
    assert data(api.put("/sms/receipts-read")) == []  # no body: all of them
    assert unread_receipts(api) == []
    read = data(api.get(f"/sms/receipts/{DEMO_UNREAD_RECEIPTS[0]}"))  # a read receipt can still be fetched
    assert (read["status_code"], read["status_text"]) == ("201", "Success: Message received on handset.")


def test_a_test_receipt_is_unread_until_marked_and_forwarded_to_its_url(emulator: Emulator, api: httpx.Client) -> None:
    made = data(api.post("/sms/receipts", json={"url": "https://hooks.example.com/dlr"}))
    assert unread_receipts(api)[-1] == made["message_id"]
    assert data(api.get(f"/sms/receipts/{made['message_id']}"))["status_code"] == "201"
    assert emulator.store.forwarded[-1] == Forwarded("https://hooks.example.com/dlr", {**made, "message_type": "sms"})
    made_at = int(made["timestamp"])  # its own time, not the clock's now: a second may pass on a loaded machine
    data(api.put("/sms/receipts-read", json={"date_before": made_at}))  # strictly before: still there
    assert made["message_id"] in unread_receipts(api)
    emulator.clock.advance(5)
    data(api.put("/sms/receipts-read", json={"date_before": emulator.store.now()}))
    assert unread_receipts(api) == []


def test_a_receipt_read_before_a_later_delivery_leaves_that_one_unread(emulator: Emulator, api: httpx.Client) -> None:
    data(api.put("/sms/receipts-read"))
    sent = data(api.post("/sms/send", json={"messages": [{"to": "+61411111111", "body": "later receipt"}]}))
    emulator.clock.advance(31)
    assert unread_receipts(api) == [sent["messages"][0]["message_id"]]


def test_inbound_messages_are_listed_until_marked_as_read(emulator: Emulator, api: httpx.Client) -> None:
    demo = unread_inbound(api)
    assert len(demo) == 3
    assert data(api.put("/sms/inbound-read", json={"date_before": 1436174406})) == []
    assert unread_inbound(api) == demo[:2]  # the oldest was before that time
    assert data(api.put(f"/sms/inbound-read/{demo[0]}")) == 1
    assert unread_inbound(api) == [demo[1]]
    assert data(api.put(f"/sms/inbound-read/{demo[0]}")) == 1  # marking again is harmless
    error(api.put("/sms/inbound-read/NO-SUCH-MESSAGE"), 404, "NOT_FOUND")
    assert data(api.put("/sms/inbound-read")) == []
    assert unread_inbound(api) == []


def test_a_test_inbound_message_replies_to_the_latest_sms(emulator: Emulator, api: httpx.Client) -> None:
    data(api.put("/sms/inbound-read"))
    sent = data(api.post("/sms/send", json={"messages": [{"to": "+61422222222", "body": "Reply to me"}]}))["messages"]
    made = data(api.post("/sms/inbound", json={"url": "https://hooks.example.com/in"}))
    assert (made["from"], made["to"], made["original_body"], made["original_message_id"]) == (
        "+61422222222",
        sent[0]["from"],
        "Reply to me",
        sent[0]["message_id"],
    )
    assert made["_keyword"] == "this" and unread_inbound(api) == [made["message_id"]]
    assert emulator.store.forwarded[-1].url == "https://hooks.example.com/in"
