"""The SMS section through the client overlay, over HTTP against the served emulator: sending (test numbers free,
other numbers charged by parts, refused messages typed), the price agreeing with the send, scheduling and
cancelling, the history moving with the clock, the export's CSV, receipts and inbound messages listed while
unread, and templates."""

from __future__ import annotations

import csv
import io
import re
from datetime import UTC, datetime
from decimal import Decimal

import httpx
import pytest
from smsgw_clicksend.client import AuthenticatedClient
from smsgw_clicksend.models import (
    InboundSmsReadRequest,
    InboundSmsTestRequest,
    SmsMessageCollection,
    SmsMessageInput,
    SmsReceiptReadRequest,
    SmsReceiptTestRequest,
    SmsTemplateInput,
)
from smsgw_clicksend.overlay import MessagesRefusedError, all_sent, call, errors, items, operations, paged, refused
from smsgw_clicksend.results import SmsHistoryMessage, SmsSendResult

from conformance.emulators.clicksend import dataset
from conformance.emulators.clicksend.geography import SENDING_BY_CODE
from conformance.emulators.clicksend.state import Forwarded

from .conftest import TEST_NUMBERS, Emulator

UPPERCASE_UUID = re.compile(r"^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$")
US_NUMBER = "+15184811001"  # not a test number: charged (the United States is selected in the demo account)
US_SMS = SENDING_BY_CODE["US"].sms_price
DEMO_UNREAD_RECEIPTS = [message_id for message_id, _, _, _, read in dataset.DELIVERED_SMS if not read]
DELIVERED = "Success: Message received on handset."


def balance(client: AuthenticatedClient) -> Decimal:
    return call(operations.get_account, client=client).balance


def send(client: AuthenticatedClient, *messages: SmsMessageInput) -> SmsSendResult:
    return call(operations.send_sms, client=client, body=SmsMessageCollection(messages=list(messages)))


def history(client: AuthenticatedClient) -> dict[str, SmsHistoryMessage]:
    """Every message of the SMS history, by id (every page)."""
    return {message.message_id: message for message in items(paged.list_sms_history, client=client, limit=100)}


def unread_receipts(client: AuthenticatedClient) -> list[str]:
    return [receipt.message_id for receipt in items(paged.list_sms_receipts, client=client)]


def unread_inbound(client: AuthenticatedClient) -> list[str]:
    return [message.message_id for message in items(paged.list_inbound_sms, client=client)]


# ---- sending and pricing


def test_test_numbers_are_accepted_and_cost_nothing(client: AuthenticatedClient) -> None:
    before = balance(client)
    sent = send(client, *(SmsMessageInput(body=f"test {number}", to=number) for number in TEST_NUMBERS))
    assert [message.status for message in sent.messages] == ["SUCCESS"] * len(TEST_NUMBERS)
    assert (sent.total_count, sent.queued_count, sent.total_price) == (len(TEST_NUMBERS), len(TEST_NUMBERS), Decimal(0))
    assert {message.message_price for message in sent.messages} == {Decimal(0)}
    assert [message.to for message in sent.messages] == list(TEST_NUMBERS)
    assert all(UPPERCASE_UUID.match(message.message_id) for message in sent.messages)
    assert sent.currency.currency_name_short == "USD"
    assert balance(client) == before
    assert refused(sent) == [] and all_sent(sent) is sent


@pytest.mark.parametrize(
    ("body", "parts"),
    [
        ("a" * 160, 1),
        ("a" * 161, 2),  # GSM 03.38: 153 a part beyond one
        ("ё" * 70, 1),
        ("ё" * 71, 2),  # unicode: 67 a part beyond one
    ],
)
def test_other_numbers_cost_their_parts(
    client: AuthenticatedClient, client_emulator: Emulator, body: str, parts: int
) -> None:
    before = balance(client)
    sent = send(client, SmsMessageInput(body=body, to=US_NUMBER))
    (message,) = all_sent(sent).messages
    assert (message.message_parts, message.country, message.body) == (parts, "US", body)
    assert message.message_price == sent.total_price == parts * US_SMS
    assert balance(client) == before - parts * US_SMS
    assert client_emulator.demo.balance == before - parts * US_SMS
    (kept,) = [m for m in history(client).values() if m.message_id == message.message_id]
    assert (kept.message_parts, kept.message_price, kept.to) == (parts, parts * US_SMS, US_NUMBER)


def test_a_long_message_is_cut_to_the_accounts_part_limit(client: AuthenticatedClient) -> None:
    limit = call(operations.get_account, client=client).setting_sms_message_char_limit
    assert limit == 8
    (message,) = all_sent(send(client, SmsMessageInput(body="b" * 2000, to=US_NUMBER))).messages
    assert (message.message_parts, len(message.body)) == (8, 8 * 153)


def test_the_price_agrees_with_what_the_send_then_charges(client: AuthenticatedClient) -> None:
    messages = SmsMessageCollection(
        messages=[
            SmsMessageInput(body="p" * 161, to=US_NUMBER),
            SmsMessageInput(body="ж" * 71, to="+61477141888", custom_string="ref-1"),  # Australia, 2 parts
            SmsMessageInput(body="free", to=TEST_NUMBERS[0]),
        ]
    )
    before = balance(client)
    priced = call(operations.calculate_sms_price, client=client, body=messages)
    expected = 2 * US_SMS + 2 * SENDING_BY_CODE["AU"].sms_price
    assert [(m.to, m.message_parts, m.status) for m in priced.messages] == [
        (US_NUMBER, 2, "SUCCESS"),
        ("+61477141888", 2, "SUCCESS"),
        (TEST_NUMBERS[0], 1, "SUCCESS"),
    ]
    assert priced.total_price == expected and priced.queued_count == 3
    assert [m.message_price for m in priced.messages] == [2 * US_SMS, 2 * SENDING_BY_CODE["AU"].sms_price, 0]
    assert priced.messages[1].custom_string == "ref-1" and priced.messages[1].country == "AU"
    assert balance(client) == before  # a price charges nothing and sends nothing
    assert not any(m.body == "p" * 161 for m in history(client).values())

    sent = all_sent(call(operations.send_sms, client=client, body=messages))
    assert sent.total_price == priced.total_price
    assert [m.message_price for m in sent.messages] == [m.message_price for m in priced.messages]
    assert balance(client) == before - expected


@pytest.mark.parametrize(
    ("message", "status"),
    [
        (SmsMessageInput(body="x", to="not a number"), "INVALID_RECIPIENT"),
        (SmsMessageInput(body="x", to="+33612345678"), "COUNTRY_NOT_ENABLED"),  # France: not selected
        (SmsMessageInput(body="   ", to=US_NUMBER), "EMPTY_MESSAGE"),
        (SmsMessageInput(body="x", to=US_NUMBER, from_="My Shop"), "INVALID_SENDER_ID"),
        (SmsMessageInput(body="x", to=US_NUMBER, from_="TwelveChars1"), "INVALID_SENDER_ID"),
        (SmsMessageInput(body="x", to=US_NUMBER, schedule=2**31), "INVALID_SCHEDULE"),
        (SmsMessageInput(body="x"), "MISSING_REQUIRED_FIELDS"),
        (SmsMessageInput(body="x", list_id=999999), "NOT_ENOUGH_PERMISSION_TO_LIST_ID"),
    ],
)
def test_a_refused_message_is_typed_and_charges_nothing(
    client: AuthenticatedClient, message: SmsMessageInput, status: str
) -> None:
    before = balance(client)
    good = SmsMessageInput(body=f"fine {status}", to=US_NUMBER)
    sent = send(client, good, message)
    assert [m.status for m in sent.messages] == ["SUCCESS", status]
    (bad,) = refused(sent)
    assert bad is sent.messages[1] and bad.status == status
    assert (sent.total_count, sent.queued_count, sent.total_price) == (2, 1, US_SMS)
    with pytest.raises(MessagesRefusedError) as raised:
        all_sent(sent)
    assert raised.value.refused == [bad] and status in str(raised.value)
    assert balance(client) == before - US_SMS  # only the accepted one
    assert bad.message_id not in history(client)


def test_a_national_number_is_read_in_the_messages_country(client: AuthenticatedClient) -> None:
    (message,) = all_sent(send(client, SmsMessageInput(body="national", to="0411 111 111", country="AU"))).messages
    assert (message.to, message.country, message.message_price) == ("+61411111111", "AU", Decimal(0))  # a test number


def test_the_same_body_to_the_same_number_is_throttled_moments_later(
    client: AuthenticatedClient, client_emulator: Emulator
) -> None:
    twice = send(client, *[SmsMessageInput(body="dup", to=US_NUMBER)] * 2)
    assert [m.status for m in twice.messages] == ["SUCCESS", "THROTTLED"] and twice.total_price == US_SMS
    assert [m.status for m in send(client, SmsMessageInput(body="dup", to=US_NUMBER)).messages] == ["THROTTLED"]
    client_emulator.clock.advance(11)
    assert [m.status for m in send(client, SmsMessageInput(body="dup", to=US_NUMBER)).messages] == ["SUCCESS"]


def test_what_the_balance_cannot_pay_is_insufficient_credit(
    client: AuthenticatedClient, client_emulator: Emulator
) -> None:
    client_emulator.demo.balance = 2 * US_SMS
    sent = send(client, *(SmsMessageInput(body=f"credit {n}", to=US_NUMBER) for n in range(3)))
    assert [m.status for m in sent.messages] == ["SUCCESS", "SUCCESS", "INSUFFICIENT_CREDIT"]
    assert balance(client) == 0
    assert [m.status for m in send(client, SmsMessageInput(body="still free", to=TEST_NUMBERS[0])).messages] == [
        "SUCCESS"
    ]


def test_a_list_send_goes_to_each_contact_personalised(client: AuthenticatedClient) -> None:
    sent = send(client, SmsMessageInput(body="Hi (First Name) (Last Name)", list_id=dataset.LIST))
    assert [m.to for m in sent.messages] == ["+16783270696", "+16783270697", "+16783270696", "+16783275492"]
    assert [m.status for m in sent.messages] == ["SUCCESS", "SUCCESS", "THROTTLED", "SUCCESS"]  # one number twice
    assert sent.messages[3].body == "Hi Gorne Smith"
    found = list(items(paged.list_sms_history, client=client, q="body:Hi Gorne"))
    assert [(m.list_id, m.contact_id, m.first_name, m.last_name) for m in found] == [
        (dataset.LIST, 552807, "Gorne", "Smith")
    ]


# ---- scheduling, cancelling, the history


def test_a_scheduled_message_is_in_the_history_and_cancels_with_its_price_back(
    client: AuthenticatedClient, client_emulator: Emulator
) -> None:
    before = balance(client)
    later = client_emulator.store.now() + 3600
    (message,) = all_sent(send(client, SmsMessageInput(body="see you later", to=US_NUMBER, schedule=later))).messages
    assert message.schedule == datetime.fromtimestamp(later, UTC)
    assert balance(client) == before - US_SMS
    listed = history(client)[message.message_id]
    assert (listed.status, listed.schedule, listed.status_code) == ("Scheduled", message.schedule, None)

    assert call(operations.cancel_sms, client=client, message_id=message.message_id) == []
    assert history(client)[message.message_id].status == "Cancelled"
    assert balance(client) == before
    with pytest.raises(errors.BadRequestError) as again:  # not scheduled any more
        call(operations.cancel_sms, client=client, message_id=message.message_id)
    assert (again.value.status, again.value.code) == (400, "BAD_REQUEST")
    (now,) = all_sent(send(client, SmsMessageInput(body="right away", to=US_NUMBER))).messages
    with pytest.raises(errors.BadRequestError):
        call(operations.cancel_sms, client=client, message_id=now.message_id)
    with pytest.raises(errors.NotFoundError) as unknown:
        call(operations.cancel_sms, client=client, message_id="NO-SUCH-MESSAGE")
    assert (unknown.value.status, unknown.value.code) == (404, "NOT_FOUND")


def test_cancel_all_cancels_every_scheduled_message(client: AuthenticatedClient, client_emulator: Emulator) -> None:
    before = balance(client)
    later = client_emulator.store.now() + 3600
    ours = [
        message.message_id
        for message in all_sent(
            send(client, *(SmsMessageInput(body=f"later {n}", to=US_NUMBER, schedule=later) for n in range(3)))
        ).messages
    ]
    # the demo's scheduled message, and the messages of its two scheduled SMS campaigns
    campaigns = [message_id for campaign in client_emulator.demo.sms_campaigns for message_id in campaign.message_ids]
    listed = history(client)
    scheduled = [message_id for message_id, message in listed.items() if message.status == "Scheduled"]
    assert sorted(scheduled) == sorted([*ours, dataset.SCHEDULED_SMS, *campaigns]) and len(campaigns) == 6
    assert call(operations.cancel_all_sms, client=client).count == len(scheduled)
    assert {message.status for message in history(client).values() if message.message_id in scheduled} == {"Cancelled"}
    assert balance(client) == before + sum(listed[message_id].message_price for message_id in campaigns)
    assert call(operations.cancel_all_sms, client=client).count == 0


def test_the_history_status_moves_with_the_clock_and_the_receipt_follows(
    client: AuthenticatedClient, client_emulator: Emulator
) -> None:
    (message,) = all_sent(send(client, SmsMessageInput(body="tracked", to=US_NUMBER))).messages

    def state() -> tuple[str, str | None, str | None]:
        found = history(client)[message.message_id]
        return found.status, found.status_code, found.status_text

    assert state() == ("Queued", None, None)
    pending = call(operations.get_sms_receipt, client=client, message_id=message.message_id)
    assert (pending.status_code, pending.timestamp_send) == ("Queued", message.date)
    assert message.message_id not in unread_receipts(client)
    client_emulator.clock.advance(6)
    assert state() == ("Sent", None, None)
    client_emulator.clock.advance(25)
    assert state() == ("Completed", "201", DELIVERED)
    receipt = call(operations.get_sms_receipt, client=client, message_id=message.message_id)
    assert (receipt.status_code, receipt.status_text, receipt.message_type) == ("201", DELIVERED, "sms")
    assert receipt.timestamp == datetime.fromtimestamp(message.date.timestamp() + 30, UTC)
    assert unread_receipts(client)[-1] == message.message_id


def test_the_history_walks_every_page_and_filters_by_date(
    client: AuthenticatedClient, client_emulator: Emulator
) -> None:
    start = client_emulator.store.now()
    demo = call(operations.list_sms_history, client=client).total  # the demo's messages and its campaigns'
    send(client, *(SmsMessageInput(body=f"paged {n}", to=TEST_NUMBERS[n % len(TEST_NUMBERS)]) for n in range(20)))
    first = call(operations.list_sms_history, client=client, limit=15)
    assert first.total == demo + 20 == 32
    assert (first.current_page, first.per_page, first.last_page, len(first.data)) == (1, 15, 3, 15)
    assert (first.from_, first.to, first.prev_page_url) == (1, 15, None) and first.next_page_url is not None
    walked = list(items(paged.list_sms_history, client=client, limit=15))
    assert len(walked) == first.total == len({m.message_id for m in walked})
    recent = list(items(paged.list_sms_history, client=client, date_from=start - 1))
    assert sorted(m.body for m in recent if m.body.startswith("paged")) == sorted(f"paged {n}" for n in range(20))
    old = list(items(paged.list_sms_history, client=client, date_to=1440000000))
    assert [m.message_id for m in old] == ["4E90F4C3-43A3-489D-9AB8-DA1F4332A0C3"]  # the docs' 2015 message
    assert old[0].date == datetime(2015, 7, 15, 3, 53, 52, tzinfo=UTC) and old[0].custom_string == "this is a test"


def test_the_export_is_a_url_whose_csv_the_emulator_serves(
    client: AuthenticatedClient, client_emulator: Emulator
) -> None:
    send(client, SmsMessageInput(body="exported", to=TEST_NUMBERS[0]))
    exported = call(operations.export_sms_history, client=client, filename="sms export.csv")
    assert exported.url.startswith(client_emulator.origin + "/files/")
    downloaded = httpx.get(exported.url)
    assert downloaded.status_code == 200 and downloaded.headers["content-type"].startswith("text/csv")
    assert "sms%20export.csv" in downloaded.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(downloaded.text)))
    listed = history(client)
    assert [row["message_id"] for row in rows] == list(listed) and len(rows) == 13  # the demo's 12 and ours
    assert {row["body"]: row["status"] for row in rows}["exported"] == "Queued"


# ---- receipts and inbound messages


def test_receipts_are_listed_while_unread(client: AuthenticatedClient) -> None:
    receipts = list(items(paged.list_sms_receipts, client=client))
    assert [r.message_id for r in receipts] == DEMO_UNREAD_RECEIPTS
    # the list's receipts say `_message_type` (message_type_), the single receipt `message_type`
    assert {(r.status_code, r.status_text, r.message_type_, r.message_type) for r in receipts} == {
        ("201", DELIVERED, "sms", None)
    }
    assert receipts[0].timestamp == datetime.fromtimestamp(1442381761 + 30, UTC)
    assert (
        call(operations.mark_sms_receipts_as_read, client=client, body=SmsReceiptReadRequest(date_before=1442381800))
        == []
    )
    assert unread_receipts(client) == DEMO_UNREAD_RECEIPTS[1:]  # the one delivered before that time
    assert call(operations.mark_sms_receipts_as_read, client=client) == []  # no body: every one
    assert unread_receipts(client) == []
    read = call(operations.get_sms_receipt, client=client, message_id=DEMO_UNREAD_RECEIPTS[0])  # still there
    assert (read.message_id, read.status_code, read.custom_string) == (DEMO_UNREAD_RECEIPTS[0], "201", "this is a test")


def test_a_test_receipt_is_forwarded_and_unread_until_marked(
    client: AuthenticatedClient, client_emulator: Emulator
) -> None:
    start = client_emulator.store.now()
    made = call(
        operations.create_test_sms_receipt,
        client=client,
        body=SmsReceiptTestRequest(url="https://hooks.example.com/dlr"),
    )
    assert (made.status_code, made.status_text, made.timestamp_send) == ("201", DELIVERED, None)
    assert UPPERCASE_UUID.match(made.message_id)
    assert start <= made.timestamp.timestamp() <= client_emulator.store.now()
    forwarded = client_emulator.store.forwarded[-1]
    assert (forwarded.url, forwarded.payload["message_id"]) == ("https://hooks.example.com/dlr", made.message_id)
    assert isinstance(forwarded, Forwarded)
    assert unread_receipts(client) == [*DEMO_UNREAD_RECEIPTS, made.message_id]
    assert call(operations.get_sms_receipt, client=client, message_id=made.message_id).status_code == "201"
    before_it = int(made.timestamp.timestamp())
    call(operations.mark_sms_receipts_as_read, client=client, body=SmsReceiptReadRequest(date_before=before_it))
    assert unread_receipts(client) == [made.message_id]  # strictly before: the test receipt stays unread
    call(operations.mark_sms_receipts_as_read, client=client, body=SmsReceiptReadRequest(date_before=before_it + 1))
    assert unread_receipts(client) == []


def test_an_unknown_receipt_is_not_found(client: AuthenticatedClient) -> None:
    with pytest.raises(errors.NotFoundError) as raised:
        call(operations.get_sms_receipt, client=client, message_id="NO-SUCH-MESSAGE")
    assert raised.value.code == "NOT_FOUND" and raised.value.message


def test_inbound_messages_are_listed_while_unread(client: AuthenticatedClient) -> None:
    inbound = list(items(paged.list_inbound_sms, client=client))
    assert [m.message_id for m in inbound] == [message_id for message_id, *_ in dataset.INBOUND]
    first = inbound[0]
    assert (first.from_, first.to, first.keyword) == ("+61411111111", dataset.DEDICATED_NUMBER, "liquorice")
    assert first.timestamp == datetime.fromtimestamp(1436174407, UTC)
    assert first.original_message_id == "4E90F4C3-43A3-489D-9AB8-DA1F4332A0C3"

    assert call(operations.mark_inbound_sms_message_as_read, client=client, message_id=dataset.INBOUND_MESSAGE) == 1
    assert unread_inbound(client) == [m.message_id for m in inbound[1:]]
    assert (
        call(operations.mark_inbound_sms_as_read, client=client, body=InboundSmsReadRequest(date_before=1436174406))
        == []
    )
    assert unread_inbound(client) == [inbound[1].message_id]  # 1436174405 was before that time, 1436174406 is not
    assert call(operations.mark_inbound_sms_as_read, client=client) == []  # no body: every one
    assert unread_inbound(client) == []
    with pytest.raises(errors.NotFoundError):
        call(operations.mark_inbound_sms_message_as_read, client=client, message_id="NO-SUCH-MESSAGE")


def test_a_test_inbound_message_replies_to_the_latest_sms(
    client: AuthenticatedClient, client_emulator: Emulator
) -> None:
    (message,) = all_sent(
        send(client, SmsMessageInput(body="reply to me", to=TEST_NUMBERS[1], custom_string="r1"))
    ).messages
    made = call(
        operations.create_test_inbound_sms,
        client=client,
        body=InboundSmsTestRequest(url="https://hooks.example.com/in"),
    )
    assert (made.from_, made.to, made.original_message_id) == (message.to, message.from_, message.message_id)
    assert (made.original_body, made.custom_string, made.keyword) == ("reply to me", "r1", "this")
    assert client_emulator.store.forwarded[-1].url == "https://hooks.example.com/in"
    assert unread_inbound(client)[-1] == made.message_id
    assert call(operations.mark_inbound_sms_message_as_read, client=client, message_id=made.message_id) == 1
    assert made.message_id not in unread_inbound(client)


# ---- templates


def test_templates_are_created_listed_updated_and_deleted(client: AuthenticatedClient) -> None:
    def listed() -> dict[int, tuple[str, str]]:
        return {t.template_id: (t.template_name, t.body) for t in items(paged.list_sms_templates, client=client)}

    assert listed() == {template_id: (name, body) for template_id, name, body in dataset.TEMPLATES}
    made = call(
        operations.create_sms_template,
        client=client,
        body=SmsTemplateInput(template_name="Welcome", body="Hi (First Name)"),
    )
    assert made.template_id > dataset.TEMPLATE and (made.template_name, made.body) == ("Welcome", "Hi (First Name)")
    assert listed()[made.template_id] == ("Welcome", "Hi (First Name)")

    updated = call(
        operations.update_sms_template,
        client=client,
        template_id=made.template_id,
        body=SmsTemplateInput(template_name="Welcome 2", body="Hello"),
    )
    assert (updated.template_id, updated.template_name, updated.body) == (made.template_id, "Welcome 2", "Hello")
    assert listed()[made.template_id] == ("Welcome 2", "Hello")

    assert call(operations.delete_sms_template, client=client, template_id=made.template_id) == []
    assert made.template_id not in listed() and len(listed()) == len(dataset.TEMPLATES)
    with pytest.raises(errors.NotFoundError):
        call(operations.delete_sms_template, client=client, template_id=made.template_id)
    with pytest.raises(errors.NotFoundError):
        call(
            operations.update_sms_template,
            client=client,
            template_id=made.template_id,
            body=SmsTemplateInput(template_name="x", body="y"),
        )


def test_templates_walk_every_page(client: AuthenticatedClient) -> None:
    for n in range(20):
        call(operations.create_sms_template, client=client, body=SmsTemplateInput(template_name=f"T{n}", body=f"b{n}"))
    first = call(operations.list_sms_templates, client=client, limit=15)
    assert (first.total, first.last_page, len(first.data)) == (23, 2, 15)
    names = [t.template_name for t in items(paged.list_sms_templates, client=client, limit=15)]
    assert names == [name for _, name, _ in dataset.TEMPLATES] + [f"T{n}" for n in range(20)]
    assert [t.template_name for t in items(paged.list_sms_templates, client=client, q="template_name:T1")] == [
        "T1",
        *(f"T{n}" for n in range(10, 20)),
    ]
