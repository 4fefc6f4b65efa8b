"""The MMS section through the client overlay, over HTTP against the served emulator: sending (test numbers free,
other numbers charged one MMS each, the subject and media file checked per message), the price agreeing with
the send, the history (scheduled, moving with the clock, every page) and the export's CSV."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from decimal import Decimal

import httpx
import pytest
from smsgw_clicksend.client import AuthenticatedClient
from smsgw_clicksend.models import MmsMessageInput, MmsSendRequest
from smsgw_clicksend.overlay import MessagesRefusedError, all_sent, call, errors, items, operations, paged, refused
from smsgw_clicksend.results import MmsHistoryItem, MmsSendResult
from smsgw_clicksend.types import UNSET, Unset

from conformance.emulators.clicksend import dataset
from conformance.emulators.clicksend.geography import SENDING_BY_CODE

from .conftest import TEST_NUMBERS, Emulator

US_NUMBER = "+15184811001"
US_MMS = SENDING_BY_CODE["US"].mms_price
GIF = "https://example.com/cat.gif"
DEMO_MMS = "5C2A8E11-6E0B-4C43-9F0A-2B8D7E6A9F10"


def balance(client: AuthenticatedClient) -> Decimal:
    return call(operations.get_account, client=client).balance


def mms(
    to: str | Unset = UNSET,
    body: str = "Hello",
    subject: str = "Hi",
    *,
    list_id: int | Unset = UNSET,
    schedule: int | Unset = UNSET,
    custom_string: str | Unset = UNSET,
) -> MmsMessageInput:
    return MmsMessageInput(
        subject=subject,
        from_="MyShop",
        body=body,
        to=to,
        list_id=list_id,
        schedule=schedule,
        custom_string=custom_string,
    )


def send(client: AuthenticatedClient, *messages: MmsMessageInput, media: str = GIF) -> MmsSendResult:
    return call(operations.send_mms, client=client, body=MmsSendRequest(media_file=media, messages=list(messages)))


def history(client: AuthenticatedClient) -> dict[str, MmsHistoryItem]:
    return {message.message_id: message for message in items(paged.list_mms_history, client=client, limit=100)}


def test_an_mms_to_a_test_number_costs_nothing_and_is_in_the_history(client: AuthenticatedClient) -> None:
    before = balance(client)
    sent = all_sent(send(client, mms(TEST_NUMBERS[0], "Look at this", "A cat", custom_string="ref-7")))
    (message,) = sent.messages
    assert (message.to, message.subject, message.from_, message.body) == (
        TEST_NUMBERS[0],
        "A cat",
        "MyShop",
        "Look at this",
    )
    assert (message.message_parts, message.message_price, message.media_file_url) == (1, Decimal(0), GIF)
    assert (message.schedule, message.custom_string, message.country, message.list_id) == (None, "ref-7", "AU", None)
    assert (sent.total_price, sent.total_count, sent.queued_count) == (Decimal(0), 1, 1)
    assert balance(client) == before
    listed = history(client)[message.message_id]
    assert (listed.to, listed.body, listed.status, listed.custom_string) == (
        TEST_NUMBERS[0],
        "Look at this",
        "Queued",
        "ref-7",
    )
    assert (listed.message_parts, listed.message_price, listed.schedule, listed.api_username) == (
        1,
        Decimal(0),
        None,
        "demo",
    )


def test_the_price_agrees_with_what_the_send_then_charges(client: AuthenticatedClient) -> None:
    body = MmsSendRequest(
        media_file="https://example.com/cat.jpeg",
        messages=[mms(US_NUMBER, "m" * 1000), mms("+61477141888", "au"), mms(TEST_NUMBERS[1], "free")],
    )
    before = balance(client)
    priced = call(operations.calculate_mms_price, client=client, body=body)
    expected = [US_MMS, SENDING_BY_CODE["AU"].mms_price, Decimal(0)]
    assert [(m.status, m.message_parts, m.message_price) for m in priced.messages] == [
        ("SUCCESS", 1, price) for price in expected
    ]  # one MMS whatever its length
    assert priced.total_price == sum(expected) and priced.queued_count == 3
    assert balance(client) == before
    assert not any(m.body == "m" * 1000 for m in history(client).values())  # a price sends nothing

    sent = all_sent(call(operations.send_mms, client=client, body=body))
    assert sent.total_price == priced.total_price
    assert [m.message_price for m in sent.messages] == expected
    assert balance(client) == before - sum(expected)
    assert history(client)[sent.messages[0].message_id].message_price == US_MMS


@pytest.mark.parametrize(
    ("media", "message", "status"),
    [
        (GIF, mms(US_NUMBER, subject=" "), "SUBJECT_REQUIRED"),
        ("https://example.com/cat.png", mms(US_NUMBER), "INVALID_MEDIA_FILE"),  # convert it with /uploads first
        ("cat.jpg", mms(US_NUMBER), "INVALID_MEDIA_FILE"),  # not a URL
        (GIF, mms(US_NUMBER, body="  "), "EMPTY_MESSAGE"),
        (GIF, mms("+33612345678"), "COUNTRY_NOT_ENABLED"),
        (GIF, mms(), "MISSING_REQUIRED_FIELDS"),
    ],
)
def test_a_refused_mms_is_typed_and_charges_nothing(
    client: AuthenticatedClient, media: str, message: MmsMessageInput, status: str
) -> None:
    before, listed = balance(client), len(history(client))
    sent = send(client, message, media=media)
    (bad,) = refused(sent)
    assert (bad.status, sent.queued_count, sent.total_price) == (status, 0, Decimal(0))
    with pytest.raises(MessagesRefusedError) as raised:
        all_sent(sent)
    assert raised.value.refused == [bad]
    assert balance(client) == before and len(history(client)) == listed


def test_one_refused_message_leaves_the_others_sent(client: AuthenticatedClient) -> None:
    sent = send(client, mms(TEST_NUMBERS[0], "one"), mms(TEST_NUMBERS[1], "two", subject=""), mms(US_NUMBER, "three"))
    assert [m.status for m in sent.messages] == ["SUCCESS", "SUBJECT_REQUIRED", "SUCCESS"]
    assert [m.to for m in refused(sent)] == [TEST_NUMBERS[1]]
    assert sent.total_price == US_MMS and sent.queued_count == 2
    assert {m.body for m in history(client).values()} >= {"one", "three"}


def test_a_subject_longer_than_20_characters_is_a_bad_request(client: AuthenticatedClient) -> None:
    with pytest.raises(errors.BadRequestError) as raised:
        send(client, mms(TEST_NUMBERS[0], subject="s" * 21))
    assert raised.value.status == 400
    assert all_sent(send(client, mms(TEST_NUMBERS[0], subject="s" * 20))).messages[0].subject == "s" * 20


@pytest.mark.parametrize(("body", "kept"), [("g" * 1600, 1500), ("ж" * 600, 500)])
def test_a_long_mms_is_cut_to_1500_characters_or_500_unicode(client: AuthenticatedClient, body: str, kept: int) -> None:
    (message,) = all_sent(send(client, mms(US_NUMBER, body))).messages
    assert (message.body, message.message_parts, message.message_price) == (body[:kept], 1, US_MMS)


def test_a_list_send_goes_to_each_contact_personalised(client: AuthenticatedClient) -> None:
    sent = send(client, mms(body="Hi (First Name)", list_id=dataset.LIST))
    assert [(m.to, m.contact_id, m.list_id) for m in sent.messages] == [
        ("+16783270696", 552786, dataset.LIST),
        ("+16783270697", 552787, dataset.LIST),
        ("+16783270696", 552802, dataset.LIST),
        ("+16783275492", 552807, dataset.LIST),
    ]
    assert [m.status for m in sent.messages] == ["SUCCESS", "SUCCESS", "THROTTLED", "SUCCESS"]
    assert sent.messages[3].body == "Hi Gorne" and sent.total_price == 3 * US_MMS
    listed = history(client)[sent.messages[3].message_id]
    assert (listed.list_id, listed.contact_id, listed.first_name, listed.last_name) == (
        dataset.LIST,
        552807,
        "Gorne",
        "Smith",
    )


def test_a_scheduled_mms_waits_in_the_history_and_moves_with_the_clock(
    client: AuthenticatedClient, client_emulator: Emulator
) -> None:
    later = client_emulator.store.now() + 600
    (message,) = all_sent(send(client, mms(US_NUMBER, "later", schedule=later))).messages
    assert message.schedule == datetime.fromtimestamp(later, UTC)
    listed = history(client)[message.message_id]
    assert (listed.status, listed.schedule, listed.status_code) == ("Scheduled", message.schedule, None)
    client_emulator.clock.advance(601)
    assert history(client)[message.message_id].status == "Queued"
    client_emulator.clock.advance(5)
    assert history(client)[message.message_id].status == "Sent"
    client_emulator.clock.advance(30)
    delivered = history(client)[message.message_id]
    assert (delivered.status, delivered.status_code, delivered.status_text) == (
        "Completed",
        "201",
        "Success: Message received on handset.",
    )


def test_the_history_walks_every_page_and_filters_by_date(
    client: AuthenticatedClient, client_emulator: Emulator
) -> None:
    start = client_emulator.store.now()
    demo = call(operations.list_mms_history, client=client).total  # the demo's MMS and its campaign's
    assert demo == 4 and DEMO_MMS in history(client)
    send(client, *(mms(TEST_NUMBERS[n % len(TEST_NUMBERS)], f"paged {n}") for n in range(16)))
    first = call(operations.list_mms_history, client=client, limit=15)
    assert (first.total, first.current_page, first.last_page, len(first.data)) == (demo + 16, 1, 2, 15)
    walked = list(items(paged.list_mms_history, client=client, limit=15))
    assert len(walked) == demo + 16 == len({m.message_id for m in walked})
    recent = list(items(paged.list_mms_history, client=client, date_from=start - 1))
    assert sorted(m.body for m in recent if m.body.startswith("paged")) == sorted(f"paged {n}" for n in range(16))
    old = list(items(paged.list_mms_history, client=client, date_to=1440000000))
    assert [(m.message_id, m.date) for m in old] == [(DEMO_MMS, datetime.fromtimestamp(1436932432, UTC))]


def test_the_export_is_a_url_whose_csv_the_emulator_serves(
    client: AuthenticatedClient, client_emulator: Emulator
) -> None:
    send(client, mms(TEST_NUMBERS[0], "exported"))
    exported = call(operations.export_mms_history, client=client, filename="mms.csv")
    assert exported.url.startswith(client_emulator.origin + "/files/") and exported.url.endswith("?filename=mms.csv")
    downloaded = httpx.get(exported.url)
    assert downloaded.status_code == 200 and downloaded.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(downloaded.text)))
    assert [row["message_id"] for row in rows] == list(history(client)) and len(rows) == 5
    assert {row["body"]: row["status"] for row in rows}["exported"] == "Queued"
