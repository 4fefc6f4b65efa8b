"""Client tests of get.php (history, incoming messages, statistics, prices) and info.php (a number's operator).

Messages for the history and the statistics are sent through send.php by the tests themselves, to numbers no
other test uses. The emulator cannot receive messages, so the tests that need one put it straight into the
state, as the emulator's fixtures do.
"""

from __future__ import annotations

import dataclasses
import itertools
from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from smsgw_smsc.client import AuthenticatedClient
from smsgw_smsc.models import (
    HistoryForm,
    HistoryMessage,
    IncomingForm,
    IncomingMessage,
    OperatorForm,
    OperatorInfo,
    PricesForm,
    PriceZone,
    ReplyOptionsCharset,
    ReplyOptionsFmt,
    SendSmsForm,
    Statistics,
    StatisticsForm,
    StatusForm,
)
from smsgw_smsc.overlay import DeliveryStatus, SendResult, call, connect, errors
from smsgw_smsc.overlay.operations import (
    get_history,
    get_incoming,
    get_operator,
    get_prices,
    get_statistics,
    get_status,
    send_sms,
)

from conformance.emulators.smsc.fixtures import SMS_PRICE
from conformance.emulators.smsc.numbers import operator_of, operators
from conformance.emulators.smsc.state import MOSCOW, moscow_date

from .conftest import FORMATS, POOR_ACCOUNT, Emulator, Fmt

CHARSETS: tuple[ReplyOptionsCharset, ...] = ("utf-8", "windows-1251")
EMPTY_DAY = "01.01.2000"  # before anything the emulator holds was sent
ACCOUNT_NUMBER = "79001112233"  # the number incoming messages are sent to
_serial = itertools.count(1)


def unique_phone(fmt: Fmt, prefix: str = "7905") -> str:
    """A number no other test uses (7905: this file's range), with the reply format in it."""
    return f"{prefix}{fmt}{next(_serial):06d}"


def send(client: AuthenticatedClient, phone: str, text: str, charset: ReplyOptionsCharset = "utf-8") -> SendResult:
    """An SMS sent now, to go out in an hour (so its status stays "waiting"), with its cost in the reply."""
    body = SendSmsForm(phones=phone, mes=text, time="+60", cost=2, charset=charset)
    sent: SendResult = call(send_sms, client=client, body=body)
    return sent


def this_period(emulator: Emulator) -> tuple[str, str]:
    """From yesterday to tomorrow (Moscow days), around the emulator's clock: what the tests send now."""
    today = datetime.fromtimestamp(emulator.clock(), MOSCOW).date()
    return f"{today - timedelta(days=1):%d.%m.%Y}", f"{today + timedelta(days=1):%d.%m.%Y}"


def history_of(
    client: AuthenticatedClient,
    emulator: Emulator,
    fmt: ReplyOptionsFmt,
    phone: str,
    charset: ReplyOptionsCharset = "utf-8",
) -> list[HistoryMessage]:
    start, end = this_period(emulator)
    body = HistoryForm(start=start, end=end, phone=phone, fmt=fmt, charset=charset)
    found: list[HistoryMessage] = call(get_history, client=client, body=body)
    return found


def receive(emulator: Emulator, text: str, minutes_ago: int = 0) -> IncomingMessage:
    """A message arrives, from a number of its own; returns it as get_incoming should list it."""
    account = emulator.account()
    received_at = emulator.store.now() - timedelta(minutes=minutes_ago)
    message = IncomingMessage(
        id=max((m["id"] for m in account.incoming), default=0) + 1,
        received=moscow_date(received_at),
        phone=f"7906{next(_serial):07d}",
        to_phone=ACCOUNT_NUMBER,
        message=text,
    )
    account.incoming.append(
        {
            "id": message.id,
            "received_at": received_at,
            "phone": message.phone,
            "to_phone": ACCOUNT_NUMBER,
            "message": text,
        }
    )
    return message


def statistics(client: AuthenticatedClient, fmt: ReplyOptionsFmt, start: str, end: str) -> tuple[int, Decimal]:
    found: Statistics = call(get_statistics, client=client, body=StatisticsForm(start=start, end=end, fmt=fmt))
    return found.cnt, Decimal(found.cost)


# ---- get_history ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("charset", CHARSETS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_history_lists_a_sent_message(
    emulator: Emulator, client: AuthenticatedClient, fmt: ReplyOptionsFmt, charset: ReplyOptionsCharset
) -> None:
    """A sent message is in the history: its id, number, time, status (as status.php gives it), cost and
    text (Cyrillic, in either charset)."""
    phone = unique_phone(fmt)
    sent = send(client, phone, "Привет Анна", charset)
    status: DeliveryStatus = call(get_status, client=client, body=StatusForm(phone=phone, id=sent.id))
    sent_at = emulator.account().messages[(sent.id, phone)].sent_at
    assert history_of(client, emulator, fmt, phone, charset) == [
        HistoryMessage(
            id=sent.id,
            phone=phone,
            send_date=moscow_date(sent_at),
            status=status.status,
            cost=f"{sent.cost}",
            sender_id="",
            message="Привет Анна",
        )
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_history_message_may_hold_commas(emulator: Emulator, client: AuthenticatedClient, fmt: ReplyOptionsFmt) -> None:
    """The text is the last field of a history record, unescaped: commas in it survive every format."""
    phone = unique_phone(fmt)
    send(client, phone, "Hello, Anna, see you at 5")
    (record,) = history_of(client, emulator, fmt, phone)
    assert record.message == "Hello, Anna, see you at 5"


@pytest.mark.parametrize("fmt", FORMATS)
def test_history_filters_by_number_and_count(
    emulator: Emulator, client: AuthenticatedClient, fmt: ReplyOptionsFmt
) -> None:
    """`phone` keeps the messages to that number; `cnt` gives at most that many."""
    phone, other = unique_phone(fmt), unique_phone(fmt)
    ids = {send(client, phone, "first").id, send(client, phone, "second").id}
    send(client, other, "first")
    listed = history_of(client, emulator, fmt, phone)
    assert {record.id for record in listed} == ids
    assert {record.phone for record in listed} == {phone}
    start, end = this_period(emulator)
    body = HistoryForm(start=start, end=end, phone=phone, cnt=1, fmt=fmt)
    (newest,) = call(get_history, client=client, body=body)
    assert newest.id in ids


@pytest.mark.parametrize("fmt", FORMATS)
def test_history_of_a_period_without_messages_is_empty(client: AuthenticatedClient, fmt: ReplyOptionsFmt) -> None:
    """No messages in the period is error 3 ("no records"); the client gives []."""
    body = HistoryForm(start=EMPTY_DAY, end=EMPTY_DAY, fmt=fmt)
    assert call(get_history, client=client, body=body) == []


# ---- get_incoming --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_incoming_lists_the_messages_after_an_id(
    emulator: Emulator, client: AuthenticatedClient, fmt: ReplyOptionsFmt
) -> None:
    """`after_id` gives the messages received after that one, every field as received (texts with commas too)."""
    first = receive(emulator, "Yes, please")
    second = receive(emulator, "Stop")
    assert call(get_incoming, client=client, body=IncomingForm(after_id=first.id - 1, fmt=fmt)) == [first, second]
    assert call(get_incoming, client=client, body=IncomingForm(after_id=first.id, fmt=fmt)) == [second]


@pytest.mark.parametrize("charset", CHARSETS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_incoming_cyrillic_text(
    emulator: Emulator, client: AuthenticatedClient, fmt: ReplyOptionsFmt, charset: ReplyOptionsCharset
) -> None:
    """A Cyrillic text comes back intact in either charset."""
    message = receive(emulator, "Да спасибо")
    body = IncomingForm(after_id=message.id - 1, fmt=fmt, charset=charset)
    assert call(get_incoming, client=client, body=body) == [message]


@pytest.mark.parametrize("fmt", FORMATS)
def test_incoming_of_the_last_hours(emulator: Emulator, client: AuthenticatedClient, fmt: ReplyOptionsFmt) -> None:
    """`hour` gives the messages received in that many last hours, and not the older ones."""
    old, new = receive(emulator, "old", minutes_ago=3 * 60), receive(emulator, "new", minutes_ago=30)
    found: list[IncomingMessage] = call(get_incoming, client=client, body=IncomingForm(hour=2, fmt=fmt))
    assert new in found
    assert old not in found


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_incoming_messages_is_empty(emulator: Emulator, client: AuthenticatedClient, fmt: ReplyOptionsFmt) -> None:
    """Nothing received after the last message, or ever, is error 3 ("no records"); the client gives []."""
    last = receive(emulator, "the last one")
    assert call(get_incoming, client=client, body=IncomingForm(after_id=last.id, fmt=fmt)) == []
    assert emulator.account(POOR_ACCOUNT.login).incoming == []
    poor = connect(POOR_ACCOUNT.login, POOR_ACCOUNT.password, base_url=emulator.base_url)
    assert call(get_incoming, client=poor, body=IncomingForm(after_id=0, fmt=fmt)) == []


# ---- get_statistics ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_statistics_count_what_was_sent(emulator: Emulator, client: AuthenticatedClient, fmt: ReplyOptionsFmt) -> None:
    """A message of two SMS parts adds two to the period's count and its cost to the period's cost."""
    start, end = this_period(emulator)
    count, cost = statistics(client, fmt, start, end)
    sent = send(client, unique_phone(fmt), "x" * 161)
    assert (sent.count, sent.cost) == (2, 2 * SMS_PRICE)
    assert statistics(client, fmt, start, end) == (count + 2, cost + 2 * SMS_PRICE)


@pytest.mark.parametrize("fmt", FORMATS)
def test_statistics_of_a_period_without_messages(client: AuthenticatedClient, fmt: ReplyOptionsFmt) -> None:
    assert statistics(client, fmt, EMPTY_DAY, EMPTY_DAY) == (0, Decimal(0))


# ---- get_prices, get_operator --------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_prices_list_every_zone(client: AuthenticatedClient, fmt: ReplyOptionsFmt) -> None:
    """One zone per country and operator the emulator knows, each at the price of one SMS part."""
    expected = [PriceZone(country=op.country, operator=op.operator, price=f"{SMS_PRICE}") for op in operators()]
    assert call(get_prices, client=client, body=PricesForm(fmt=fmt)) == expected


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_sms_costs_the_price_of_its_zone(client: AuthenticatedClient, fmt: ReplyOptionsFmt) -> None:
    """The price get_prices lists for a number's country and operator (from get_operator) is what one SMS
    part to it costs."""
    phone = unique_phone(fmt, "7916")
    operator: OperatorInfo = call(get_operator, client=client, body=OperatorForm(phone=phone, fmt=fmt))
    zones: list[PriceZone] = call(get_prices, client=client, body=PricesForm(fmt=fmt))
    (price,) = [zone.price for zone in zones if (zone.country, zone.operator) == (operator.country, operator.operator)]
    assert send(client, phone, "Hello").cost == Decimal(price)


@pytest.mark.parametrize("fmt", FORMATS)
def test_operator_of_a_number(client: AuthenticatedClient, fmt: ReplyOptionsFmt) -> None:
    """Country, operator, region, MCC, MNC and time zone of the number's range (with or without `+`)."""
    for phone in ("79161234567", "+380501234567", "447700900123"):
        expected = OperatorInfo(**dataclasses.asdict(operator_of(phone)))
        assert call(get_operator, client=client, body=OperatorForm(phone=phone, fmt=fmt)) == expected


@pytest.mark.parametrize("fmt", FORMATS)
def test_operator_of_an_invalid_number_fails(client: AuthenticatedClient, fmt: ReplyOptionsFmt) -> None:
    """A number too short to be one is error 7."""
    with pytest.raises(errors.InvalidNumberError) as failure:
        call(get_operator, client=client, body=OperatorForm(phone="1234567", fmt=fmt))
    assert failure.value.code == 7
