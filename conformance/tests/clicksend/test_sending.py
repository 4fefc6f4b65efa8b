"""Sending SMS, MMS and voice: per-message statuses in HTTP 200, test numbers free, charging by parts from the
balance, throttling, scheduling and cancelling, the delivery state moving with the clock, and the exports."""

from __future__ import annotations

import csv
import io
import re
from datetime import UTC, datetime
from decimal import Decimal

import httpx
import pytest

from conformance.emulators.clicksend.geography import SENDING_BY_CODE

from .conftest import TEST_NUMBERS, Emulator, balance, data, error, sms

UPPERCASE_UUID = re.compile(r"^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$")
US_NUMBER = "+15184811001"  # not a test number: charged (the United States is selected in the demo account)
US_PRICE = float(SENDING_BY_CODE["US"].sms_price)


def statuses(answer: httpx.Response) -> list[str]:
    return [message["status"] for message in data(answer)["messages"]]


def send_one(api: httpx.Client, to: str, body: str, **more: object) -> dict[str, object]:
    messages = data(api.post("/sms/send", json=sms(to, body, **more)))["messages"]
    assert len(messages) == 1
    message: dict[str, object] = messages[0]
    return message


def test_test_numbers_are_accepted_and_never_charged(api: httpx.Client) -> None:
    before = balance(api)
    sent = data(api.post("/sms/send", json={"messages": [{"to": n, "body": f"test {n}"} for n in TEST_NUMBERS]}))
    assert [m["status"] for m in sent["messages"]] == ["SUCCESS"] * len(TEST_NUMBERS)
    assert sent["total_price"] == 0 and {m["message_price"] for m in sent["messages"]} == {0}
    assert balance(api) == before
    # the test numbers go whatever the global-sending selection (GB and CN are not selected in the demo account)
    assert {m["country"] for m in sent["messages"]} >= {"GB", "CN"}


@pytest.mark.parametrize(
    ("body", "parts"),
    [
        ("a" * 160, 1),
        ("a" * 161, 2),
        ("a" * 306, 2),
        ("a" * 307, 3),
        ("€" * 80, 1),  # an extension character takes two septets: 160 of 160
        ("€" * 81, 2),
        ("é" * 160, 1),  # é is in the GSM 03.38 alphabet
        ("ё" * 70, 1),  # Cyrillic: unicode, 70 in one part
        ("ё" * 71, 2),
        ("ё" * 134, 2),
        ("ё" * 135, 3),
    ],
)
def test_other_numbers_are_charged_by_parts(api: httpx.Client, body: str, parts: int) -> None:
    before = balance(api)
    message = send_one(api, US_NUMBER, body)
    assert (message["status"], message["message_parts"]) == ("SUCCESS", parts)
    assert message["message_price"] == pytest.approx(parts * US_PRICE)
    assert balance(api) == pytest.approx(before - parts * US_PRICE)


def test_a_long_message_is_truncated_to_the_accounts_part_limit(api: httpx.Client) -> None:
    assert data(api.get("/account"))["setting_sms_message_char_limit"] == 8
    message = send_one(api, US_NUMBER, "b" * 2000)
    assert (message["message_parts"], len(str(message["body"]))) == (8, 8 * 153)


def test_the_price_is_what_a_send_would_cost_and_charges_nothing(api: httpx.Client) -> None:
    before = balance(api)
    priced = data(api.post("/sms/price", json=sms(US_NUMBER, "c" * 200)))
    assert priced["messages"][0]["message_parts"] == 2 and float(priced["total_price"]) == pytest.approx(2 * US_PRICE)
    assert balance(api) == before
    assert not any(m["body"] == "c" * 200 for m in data(api.get("/sms/history", params={"limit": 100}))["data"])


def test_insufficient_credit_refuses_what_the_balance_cannot_pay(emulator: Emulator, api: httpx.Client) -> None:
    account = emulator.demo
    account.balance = Decimal(US_PRICE) * 2
    answer = api.post("/sms/send", json={"messages": [{"to": US_NUMBER, "body": f"credit {n}"} for n in range(3)]})
    assert statuses(answer) == ["SUCCESS", "SUCCESS", "INSUFFICIENT_CREDIT"]
    assert balance(api) == pytest.approx(0)
    assert send_one(api, TEST_NUMBERS[0], "still free")["status"] == "SUCCESS"  # test numbers cost nothing


@pytest.mark.parametrize(
    ("message", "status"),
    [
        ({"to": "not a number", "body": "x"}, "INVALID_RECIPIENT"),
        ({"to": "+1", "body": "x"}, "INVALID_RECIPIENT"),
        ({"to": "+33612345678", "body": "x"}, "COUNTRY_NOT_ENABLED"),  # France: not selected
        ({"to": "+999123456789", "body": "x"}, "COUNTRY_NOT_ENABLED"),  # no country the service sends to
        ({"to": US_NUMBER, "body": "   "}, "EMPTY_MESSAGE"),
        ({"to": US_NUMBER, "body": "x", "from": "TwelveChars1"}, "INVALID_SENDER_ID"),
        ({"to": US_NUMBER, "body": "x", "from": "My Shop"}, "INVALID_SENDER_ID"),
        ({"to": US_NUMBER, "body": "x", "schedule": 2**31}, "INVALID_SCHEDULE"),
        ({"body": "x"}, "MISSING_REQUIRED_FIELDS"),
        ({"list_id": 999999, "body": "x"}, "NOT_ENOUGH_PERMISSION_TO_LIST_ID"),
        ({"to": US_NUMBER, "body": "x", "from": "MyShop"}, "SUCCESS"),
        ({"to": "518-481-1001", "body": "x", "country": "US"}, "SUCCESS"),
    ],
)
def test_each_message_gets_its_own_status_in_a_200(api: httpx.Client, message: dict[str, object], status: str) -> None:
    before = balance(api)
    answer = api.post("/sms/send", json={"messages": [message]})
    assert answer.status_code == 200 and statuses(answer) == [status]
    if status != "SUCCESS":
        assert balance(api) == before


def test_a_national_number_is_sent_in_e164_and_ids_are_uppercase_uuids(api: httpx.Client) -> None:
    sent = send_one(api, "0411 111 111", "national", country="AU")
    assert (sent["to"], sent["status"], sent["country"]) == ("+61411111111", "SUCCESS", "AU")
    assert UPPERCASE_UUID.match(str(sent["message_id"]))


def test_a_country_selected_for_global_sending_is_enabled(api: httpx.Client) -> None:
    assert send_one(api, "+33612345678", "bonjour")["status"] == "COUNTRY_NOT_ENABLED"
    chosen = data(api.post("/user-countries", json={"country_list_ids": [1, 2, 9]}))
    assert [country["code"] for country in chosen] == ["AU", "US", "FR"]
    assert send_one(api, "+33612345678", "bonjour")["status"] == "SUCCESS"


def test_the_same_body_to_the_same_number_moments_later_is_throttled(emulator: Emulator, api: httpx.Client) -> None:
    assert send_one(api, US_NUMBER, "same text")["status"] == "SUCCESS"
    before = balance(api)
    assert send_one(api, US_NUMBER, "same text")["status"] == "THROTTLED"
    assert balance(api) == before
    assert send_one(api, US_NUMBER, "other text")["status"] == "SUCCESS"
    twice = api.post("/sms/send", json={"messages": [{"to": TEST_NUMBERS[1], "body": "dup"}] * 2})
    assert statuses(twice) == ["SUCCESS", "THROTTLED"]
    emulator.clock.advance(11)
    assert send_one(api, US_NUMBER, "same text")["status"] == "SUCCESS"


def test_a_list_send_goes_to_each_contact_personalised(api: httpx.Client) -> None:
    sent = data(api.post("/sms/send", json={"messages": [{"list_id": 428, "body": "Hi (First Name) (Last Name)"}]}))
    messages = sent["messages"]
    assert [m["to"] for m in messages] == ["+16783270696", "+16783270697", "+16783270696", "+16783275492"]
    assert [m["status"] for m in messages] == ["SUCCESS", "SUCCESS", "THROTTLED", "SUCCESS"]  # one number twice
    assert messages[3]["body"] == "Hi Gorne Smith"
    history = data(api.get("/sms/history", params={"q": "body:Hi Gorne"}))["data"]
    assert [(m["list_id"], m["contact_id"], m["first_name"]) for m in history] == [(428, 552807, "Gorne")]


def test_the_history_status_moves_with_the_clock_and_the_receipt_follows(emulator: Emulator, api: httpx.Client) -> None:
    message_id = send_one(api, US_NUMBER, "tracked")["message_id"]

    def state() -> tuple[str, str | None]:
        (found,) = [
            m for m in data(api.get("/sms/history", params={"limit": 100}))["data"] if m["message_id"] == message_id
        ]
        return found["status"], found["status_code"]

    def unread() -> list[str]:
        return [r["message_id"] for r in data(api.get("/sms/receipts", params={"limit": 100}))["data"]]

    assert state() == ("Queued", None) and message_id not in unread()
    assert data(api.get(f"/sms/receipts/{message_id}"))["status_code"] == "Queued"
    emulator.clock.advance(6)
    assert state() == ("Sent", None)
    emulator.clock.advance(25)
    assert state() == ("Completed", "201")
    receipt = data(api.get(f"/sms/receipts/{message_id}"))
    assert (receipt["status_code"], receipt["message_type"]) == ("201", "sms")
    assert message_id in unread()


def test_a_scheduled_message_waits_and_cancels_with_its_price_back(emulator: Emulator, api: httpx.Client) -> None:
    before = balance(api)
    later = emulator.store.now() + 3600
    message = send_one(api, US_NUMBER, "see you later", schedule=later)
    assert (message["status"], message["schedule"]) == ("SUCCESS", later)
    assert balance(api) == pytest.approx(before - US_PRICE)
    message_id = message["message_id"]
    data(api.put(f"/sms/{message_id}/cancel"))
    assert balance(api) == pytest.approx(before)
    (found,) = [
        m for m in data(api.get("/sms/history", params={"limit": 100}))["data"] if m["message_id"] == message_id
    ]
    assert found["status"] == "Cancelled"
    error(api.put(f"/sms/{message_id}/cancel"), 400, "BAD_REQUEST")  # not scheduled any more
    error(api.put("/sms/NO-SUCH-MESSAGE/cancel"), 404, "NOT_FOUND")
    now = send_one(api, US_NUMBER, "right away")
    error(api.put(f"/sms/{now['message_id']}/cancel"), 400, "BAD_REQUEST")


def test_cancel_all_cancels_every_scheduled_message(emulator: Emulator, api: httpx.Client) -> None:
    later = emulator.store.now() + 3600
    for n in range(3):
        send_one(api, US_NUMBER, f"later {n}", schedule=later)
    scheduled = [m for m in data(api.get("/sms/history", params={"limit": 100}))["data"] if m["status"] == "Scheduled"]
    assert data(api.put("/sms/cancel-all")) == {"count": len(scheduled)}
    assert data(api.put("/sms/cancel-all")) == {"count": 0}
    emulator.clock.advance(7200)
    assert all(m["status"] != "Scheduled" for m in data(api.get("/sms/history", params={"limit": 100}))["data"])


def test_the_history_filters_by_date(emulator: Emulator, api: httpx.Client) -> None:
    now = emulator.store.now()
    send_one(api, US_NUMBER, "dated")
    recent = data(api.get("/sms/history", params={"date_from": now - 1}))["data"]
    assert [m["body"] for m in recent if m["body"] == "dated"] == ["dated"]
    old = data(api.get("/sms/history", params={"date_to": 1440000000}))["data"]
    assert old and all(int(m["date"]) <= 1440000000 for m in old)


@pytest.mark.parametrize(
    ("path", "channel"),
    [("/sms/history/export", "sms"), ("/mms/history/export", "mms"), ("/voice/history/export", "voice")],
)
def test_an_export_answers_a_url_the_emulator_serves_as_csv(
    emulator: Emulator, api: httpx.Client, path: str, channel: str
) -> None:
    url = data(api.get(path, params={"filename": "my export.csv"}))["url"]
    assert url.startswith(emulator.origin + "/files/") and url.endswith("?filename=my%20export.csv")
    downloaded = httpx.get(url)
    assert downloaded.status_code == 200 and downloaded.headers["content-type"].startswith("text/csv")
    assert "my%20export.csv" in downloaded.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(downloaded.text)))
    history = data(api.get(path.removesuffix("/export"), params={"limit": 100}))["data"]
    assert [row["message_id"] for row in rows] == [m["message_id"] for m in history] and rows
    error(httpx.get(emulator.origin + "/files/NO-SUCH-FILE"), 404, "NOT_FOUND")


def test_mms_checks_the_subject_and_the_media_file(api: httpx.Client) -> None:
    def send(media: str, subject: str = "Hi", to: str = TEST_NUMBERS[0]) -> list[str]:
        body = {"media_file": media, "messages": [{"to": to, "subject": subject, "from": "MyShop", "body": "b"}]}
        return statuses(api.post("/mms/send", json=body))

    assert send("https://example.com/cat.gif") == ["SUCCESS"]
    assert send("https://example.com/cat.gif", subject=" ") == ["SUBJECT_REQUIRED"]
    assert send("https://example.com/cat.png") == ["INVALID_MEDIA_FILE"]  # convert it with /uploads first
    assert send("cat.jpg") == ["INVALID_MEDIA_FILE"]
    assert send("http://[f/cat.jpg") == ["INVALID_MEDIA_FILE"]  # no URL at all (an unclosed IPv6 host)
    before = balance(api)
    assert send("https://example.com/cat.jpeg", to=US_NUMBER) == ["SUCCESS"]
    assert balance(api) == pytest.approx(before - float(SENDING_BY_CODE["US"].mms_price))


def test_an_mms_carries_a_file_uploaded_with_convert_mms(api: httpx.Client) -> None:
    uploaded = data(api.post("/uploads", params={"convert": "mms"}, json={"content": "iVBORw0KGgo="}))  # a PNG header
    assert uploaded["file_name"].endswith(".jpg")
    body = {
        "media_file": uploaded["_url"],
        "messages": [{"to": TEST_NUMBERS[0], "subject": "S", "from": "x1", "body": "b"}],
    }
    sent = data(api.post("/mms/send", json=body))["messages"][0]
    assert (sent["status"], sent["_media_file_url"]) == ("SUCCESS", uploaded["_url"])
    assert [m["message_id"] for m in data(api.get("/mms/history", params={"limit": 100}))["data"]][-1] == sent[
        "message_id"
    ]


def voice(api: httpx.Client, path: str = "/voice/send", **message: object) -> dict[str, object]:
    sent = data(api.post(path, json={"messages": [{"to": TEST_NUMBERS[0], "body": "hello", **message}]}))["messages"]
    result: dict[str, object] = sent[0]
    return result


def test_voice_checks_lang_and_voice_against_the_languages(api: httpx.Client) -> None:
    languages = {language["code"]: language["gender"] for language in data(api.get("/voice/lang"))}
    assert languages["en-in"] == ["female"] and languages["pt-pt"] == ["male"]
    assert voice(api, lang="xx-yy")["status"] == "INVALID_LANG"
    assert voice(api, lang="en-in", voice="male")["status"] == "INVALID_VOICE"
    assert (voice(api, lang="en-in", voice="female", body="a")["status"]) == "SUCCESS"
    assert voice(api, lang="pt-pt", body="b")["voice"] == "male"  # the language's only voice, by default
    assert voice(api, lang="en-au", body="c")["voice"] == "female"


def test_voice_is_charged_by_its_own_parts(api: httpx.Client) -> None:
    price = float(SENDING_BY_CODE["US"].voice_price)
    before = balance(api)
    assert voice(api, "/voice/price", to=US_NUMBER, lang="en-us", body="v" * 301)["message_parts"] == 2
    assert balance(api) == before
    sent = voice(api, to=US_NUMBER, lang="en-us", body="v" * 5000)
    assert (sent["message_parts"], len(str(sent["body"]))) == (4, 1200)  # truncated at 4 parts
    assert balance(api) == pytest.approx(before - 4 * price)


def test_a_scheduled_call_cancels_and_a_delivered_one_has_a_receipt(emulator: Emulator, api: httpx.Client) -> None:
    later = emulator.store.now() + 600
    scheduled = voice(api, lang="en-us", body="later", schedule=later)
    assert data(api.put(f"/voice/{scheduled['message_id']}/cancel")) == []
    error(api.put(f"/voice/{scheduled['message_id']}/cancel"), 400, "BAD_REQUEST")
    assert data(api.put("/voice/cancel-all"))["count"] == 1  # the demo's scheduled call
    now = voice(api, lang="en-us", body="now")
    emulator.clock.advance(60)
    receipts = data(api.get("/voice/receipts", params={"limit": 100}))["data"]
    assert any(r["message_id"] == now["message_id"] and r["message_type"] == "voice" for r in receipts)
    history = data(api.get("/voice/history", params={"limit": 100}))["data"]
    assert {m["message_id"]: m["status"] for m in history}[str(scheduled["message_id"])] == "Cancelled"


def test_statistics_are_worked_out_from_what_was_sent(emulator: Emulator, api: httpx.Client) -> None:
    before = data(api.get("/statistics/sms"))["total"]
    send_one(api, US_NUMBER, "counted " + "x" * 200)  # 2 parts
    send_one(api, US_NUMBER, "later", schedule=emulator.store.now() + 3600)  # not sent yet
    after = data(api.get("/statistics/sms"))
    assert after["total"]["outbound"]["count"] == before["outbound"]["count"] + 1
    assert after["total"]["outbound"]["price"] == pytest.approx(before["outbound"]["price"] + 2 * US_PRICE)
    assert after["total"]["inbound"]["count"] == 3  # the demo's inbound messages
    today = emulator.store.now() - emulator.store.now() % 86400
    assert any(day["date"] == today and day["outbound"]["count"] >= 1 for day in after["stat"])
    voice(api, lang="en-us", body="stat")
    assert data(api.get("/statistics/voice"))["total"]["outbound"]["count"] == 2  # with the demo's delivered call


def test_usage_of_the_month_is_grouped_by_subaccount(emulator: Emulator, api: httpx.Client) -> None:
    send_one(api, US_NUMBER, "usage " + "y" * 200)
    moment = datetime.fromtimestamp(emulator.store.now(), UTC)
    year, month = moment.year, moment.month
    usage = data(api.get(f"/account/usage/{year}/{month}/subaccount"))
    demo = [entry for entry in usage["sms"] if entry["username"] == "demo"]
    assert len(demo) == 1 and float(demo[0]["total_count"]) >= 2 and float(demo[0]["total_price"]) > 0
    assert usage["fax"] == [] and usage["fax_total"] == {"count": 0, "price": "0.0000"}
    assert data(api.get("/account/usage/2001/1/subaccount"))["sms_total"]["count"] == 0
