"""Client tests for the SMS Send and SMS History sections, through the generated client and its overlay."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from smsgw_smsend.client import AuthenticatedClient
from smsgw_smsend.models import (
    SmsGroupSendRequest,
    SmsParametricRecipient,
    SmsParametricSendRequest,
    SmsParametricSendRequestRecipients,
    SmsSendRequest,
)
from smsgw_smsend.overlay import call
from smsgw_smsend.overlay.errors import BadRequestError, NotFoundError
from smsgw_smsend.overlay.operations import (
    delete_scheduled_sms,
    get_sms_history,
    get_sms_state,
    send_parametric_sms,
    send_sms,
    send_sms_to_groups,
)

from conformance.emulators.smsend.handlers.sms import DELIVERED_AFTER, SENT_AFTER, parse_schedule_time

from .builders import new_group_with_contacts
from .conftest import Emulator

NUMBER = "+393471234567"


def unique_order_id() -> str:
    return f"test-{uuid.uuid4().hex[:16]}"


def in_future(emulator: Emulator, minutes: int = 60) -> str:
    """A yyyyMMddHHmmss time (UTC) `minutes` after the emulator's now."""
    return (emulator.store.now() + dt.timedelta(minutes=minutes)).strftime("%Y%m%d%H%M%S")


def statuses(client: AuthenticatedClient, order_id: str) -> dict[str, str]:
    state = call(get_sms_state, client=client, order_id=order_id)
    return {item.destination: item.status for item in state.recipients}


def test_send_sms_moves_from_waiting_to_delivered(client: AuthenticatedClient, emulator: Emulator) -> None:
    credits_before = emulator.account().sms_credits
    order_id = unique_order_id()
    body = SmsSendRequest(message_type="N", message="Hello", recipient=[NUMBER, "+393471234568"], order_id=order_id)
    sent = call(send_sms, client=client, body=body)
    assert (sent.result, sent.order_id, sent.total_sent) == ("OK", order_id, 2)
    assert sent.internal_order_id
    assert emulator.account().sms_credits == credits_before - 2
    assert statuses(client, order_id) == {NUMBER: "WAITING", "+393471234568": "WAITING"}
    emulator.clock.advance(SENT_AFTER)
    assert set(statuses(client, order_id).values()) == {"SENT"}
    emulator.clock.advance(DELIVERED_AFTER)
    state = call(get_sms_state, client=client, order_id=order_id)
    assert state.recipient_number == 2
    assert {item.status for item in state.recipients} == {"DLVRD"}
    assert all(isinstance(item.delivery_date, str) and len(item.delivery_date) == 14 for item in state.recipients)


def test_send_sms_generated_order_id_and_credit_options(client: AuthenticatedClient, emulator: Emulator) -> None:
    long_message = "x" * 200  # two SMS parts: two credits per recipient
    body = SmsSendRequest(
        message_type="L", message=long_message, recipient=[NUMBER], return_credits=True, return_remaining=True
    )
    sent = call(send_sms, client=client, body=body)
    assert len(sent.order_id) == 32
    assert sent.total_sent == 2
    assert sent.remaining_credits == emulator.account().sms_credits
    emulator.clock.advance(DELIVERED_AFTER + 1)
    assert statuses(client, sent.order_id) == {NUMBER: "SENT"}  # L messages have no delivery notice


def test_send_sms_duplicate_order_id_is_rejected(client: AuthenticatedClient) -> None:
    body = SmsSendRequest(message_type="N", message="Hi", recipient=[NUMBER], order_id=unique_order_id())
    call(send_sms, client=client, body=body)
    with pytest.raises(BadRequestError):
        call(send_sms, client=client, body=body)


def test_send_sms_not_enough_credit(client: AuthenticatedClient, emulator: Emulator) -> None:
    account = emulator.account()
    saved = account.sms_credits
    account.sms_credits = 1
    try:
        body = SmsSendRequest(message_type="N", message="Hi", recipient=[NUMBER, "+393471234569"])
        with pytest.raises(BadRequestError, match="credit"):
            call(send_sms, client=client, body=body)
        assert account.sms_credits == 1
    finally:
        account.sms_credits = saved


def test_blacklisted_recipient_is_not_sent(client: AuthenticatedClient, emulator: Emulator) -> None:
    blocked = "+393479999001"
    emulator.account().blacklist[blocked] = {"number": blocked, "insertTime": "2026-01-01 00:00:00", "origin": "API"}
    body = SmsSendRequest(message_type="N", message="Hi", recipient=[NUMBER, "0039" + blocked[3:]])
    sent = call(send_sms, client=client, body=body)
    assert sent.total_sent == 1
    assert statuses(client, sent.order_id)["0039" + blocked[3:]] == "BLACKLISTED"


def test_scheduled_sms_can_be_deleted_once(client: AuthenticatedClient, emulator: Emulator) -> None:
    credits_before = emulator.account().sms_credits
    body = SmsSendRequest(
        message_type="N", message="Later", recipient=[NUMBER], scheduled_delivery_time=in_future(emulator)
    )
    sent = call(send_sms, client=client, body=body)
    assert statuses(client, sent.order_id) == {NUMBER: "SCHEDULED"}
    call(delete_scheduled_sms, client=client, order_id=sent.order_id)
    assert emulator.account().sms_credits == credits_before
    with pytest.raises(NotFoundError):
        call(get_sms_state, client=client, order_id=sent.order_id)
    with pytest.raises(NotFoundError):
        call(delete_scheduled_sms, client=client, order_id=sent.order_id)


def test_delete_of_a_not_scheduled_order_is_404(client: AuthenticatedClient) -> None:
    sent = call(send_sms, client=client, body=SmsSendRequest(message_type="N", message="Now", recipient=[NUMBER]))
    with pytest.raises(NotFoundError, match="SCHEDULED"):
        call(delete_scheduled_sms, client=client, order_id=sent.order_id)
    assert statuses(client, sent.order_id) == {NUMBER: "WAITING"}


def test_unknown_order_is_404(client: AuthenticatedClient) -> None:
    with pytest.raises(NotFoundError):
        call(get_sms_state, client=client, order_id="no-such-order")


def test_timezone_applies_to_a_naive_schedule_time(client: AuthenticatedClient, emulator: Emulator) -> None:
    local = (emulator.store.now() + dt.timedelta(days=2)).replace(microsecond=0, tzinfo=dt.UTC)
    body = SmsSendRequest(
        message_type="N",
        message="Zoned",
        recipient=[NUMBER],
        scheduled_delivery_time=local.strftime("%Y-%m-%d %H:%M"),
        scheduled_delivery_timezone="Asia/Tokyo",
    )
    sent = call(send_sms, client=client, body=body)
    order = emulator.account().orders[sent.order_id]
    assert order.scheduled == local.replace(tzinfo=None, second=0) - dt.timedelta(hours=9)  # Tokyo is UTC+9
    body.scheduled_delivery_timezone = "Mars/Olympus"  # unknown: GMT, as Java's TimeZone.getTimeZone does
    unknown_zone = call(send_sms, client=client, body=body)
    assert emulator.account().orders[unknown_zone.order_id].scheduled == local.replace(tzinfo=None, second=0)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("311226", dt.datetime(2026, 12, 31)),
        ("20261231", dt.datetime(2026, 12, 31)),
        ("3112261530", dt.datetime(2026, 12, 31, 15, 30)),
        ("20261231153045", dt.datetime(2026, 12, 31, 15, 30, 45)),
        ("2026-12-31 15:30", dt.datetime(2026, 12, 31, 15, 30)),
        ("2026-12-31 15:30.0", dt.datetime(2026, 12, 31, 15, 30)),
        ("2026-12-31T15:30:45.123456", dt.datetime(2026, 12, 31, 15, 30, 45, 123456)),
        ("2026-12-31T15:30:45+02:00", dt.datetime(2026, 12, 31, 13, 30, 45)),
        ("2026-12-31T15:30Z", dt.datetime(2026, 12, 31, 15, 30)),
        ("310227", dt.datetime(2027, 3, 3)),  # 31 February rolls over like Java's lenient dates
        ("2027-02-31T00:00", dt.datetime(2027, 3, 3)),
    ],
)
def test_every_schedule_time_format(value: str, expected: dt.datetime) -> None:
    assert parse_schedule_time(value, None, dt.datetime(2026, 6, 1)) == expected


def test_impossible_date_is_accepted_not_a_server_error(client: AuthenticatedClient, emulator: Emulator) -> None:
    year = emulator.store.now().year + 1
    body = SmsSendRequest(message_type="N", message="Feb", recipient=[NUMBER], scheduled_delivery_time=f"{year}0231")
    sent = call(send_sms, client=client, body=body)
    assert emulator.account().orders[sent.order_id].scheduled == dt.datetime(year, 3, 3)


def parametric_recipients(*rows: dict[str, str]) -> SmsParametricSendRequestRecipients:
    recipients = SmsParametricSendRequestRecipients()
    for index, row in enumerate(rows):
        recipient = SmsParametricRecipient(recipient=row["recipient"])
        for name, value in row.items():
            if name != "recipient":
                recipient[name] = value
        recipients[str(index)] = recipient
    return recipients


def test_send_parametric_sms_substitutes_per_recipient(client: AuthenticatedClient, emulator: Emulator) -> None:
    body = SmsParametricSendRequest(
        message_type="N",
        message="Hello ${name}, your code is ${code}",
        recipients=parametric_recipients(
            {"recipient": NUMBER, "name": "Anna", "code": "1"},
            {"recipient": "+393471234570", "name": "Bo", "code": "2"},
        ),
    )
    sent = call(send_parametric_sms, client=client, body=body)
    assert (sent.result, sent.total_sent) == ("OK", 2)
    assert set(statuses(client, sent.order_id)) == {NUMBER, "+393471234570"}
    assert emulator.account().orders[sent.order_id].message == "Hello Anna, your code is 1"


def test_send_parametric_sms_too_long_after_substitution(client: AuthenticatedClient) -> None:
    body = SmsParametricSendRequest(
        message_type="N",
        message="x" * 990 + "${pad}",
        recipients=parametric_recipients({"recipient": NUMBER, "pad": "y" * 20}),
    )
    with pytest.raises(BadRequestError, match="1000"):
        call(send_parametric_sms, client=client, body=body)


def test_send_sms_to_groups_reaches_the_group_contacts(client: AuthenticatedClient, emulator: Emulator) -> None:
    name = f"friends-{uuid.uuid4().hex[:8]}"
    new_group_with_contacts(client, ["+393470000001", "+393470000002"], name=name)
    body = SmsGroupSendRequest(message_type="N", message="Party!", recipient=[name])
    sent = call(send_sms_to_groups, client=client, body=body)
    assert (sent.result, sent.total_sent) == ("OK", 2)
    assert set(statuses(client, sent.order_id)) == {"+393470000001", "+393470000002"}


def test_send_sms_to_unknown_group_is_400(client: AuthenticatedClient) -> None:
    body = SmsGroupSendRequest(message_type="N", message="Hi", recipient=["no such group"])
    with pytest.raises(BadRequestError, match="groups not found"):
        call(send_sms_to_groups, client=client, body=body)


def test_sms_history_filters_and_pages(client: AuthenticatedClient, emulator: Emulator) -> None:
    emulator.clock.advance(1)  # orders of earlier tests stay before `start` (whole seconds)
    start = emulator.store.now().strftime("%Y%m%d%H%M%S")
    ids = []
    for index in range(3):
        body = SmsSendRequest(message_type="LL", message=f"History {index}", recipient=[NUMBER])
        ids.append(call(send_sms, client=client, body=body).order_id)
    history = call(get_sms_history, client=client, from_=start, page_size=2)
    assert (history.total, history.page_number, history.page_size) == (3, 1, 2)
    assert [item.order_id for item in history.smshistory] == ids[:2]
    second = call(get_sms_history, client=client, from_=start, page_number=2, page_size=2)
    assert [item.order_id for item in second.smshistory] == ids[2:]
    assert (second.smshistory[0].message_type, second.smshistory[0].num_recipients) == ("LL", 1)
    emulator.clock.advance(1)
    later = emulator.store.now().strftime("%Y%m%d%H%M%S")
    assert call(get_sms_history, client=client, from_=later).total == 0
    # An unknown zone falls back to GMT, as Java's TimeZone.getTimeZone does.
    unknown_zone = call(get_sms_history, client=client, from_=start, timezone="Nowhere/Land")
    assert unknown_zone == call(get_sms_history, client=client, from_=start, timezone="UTC")
