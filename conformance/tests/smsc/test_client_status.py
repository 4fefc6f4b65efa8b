"""status.php: one message, several, every detail level, deleting; statuses move on with time."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Literal

import pytest
from smsgw_smsc import models
from smsgw_smsc.client import AuthenticatedClient
from smsgw_smsc.overlay import DeliveryStatus, call, errors
from smsgw_smsc.overlay.operations import delete_message, get_status, get_statuses, send_sms

from .conftest import FORMATS, Emulator, Fmt

PHONE = "79991234567"


def send(client: AuthenticatedClient, text: str, **options: object) -> int:
    sent = call(send_sms, client=client, body=models.SendSmsForm(phones=PHONE, mes=text, **options))  # type: ignore[arg-type]
    message_id: int = sent.id
    return message_id


def status(client: AuthenticatedClient, message_id: int, fmt: Fmt, detail: Literal[0, 1, 2] = 0) -> DeliveryStatus:
    form = models.StatusForm(phone=PHONE, id=message_id, all_=detail, fmt=fmt)
    result: DeliveryStatus = call(get_status, client=client, body=form)
    return result


@pytest.mark.parametrize("fmt", FORMATS)
def test_status_moves_from_operator_to_delivered(client: AuthenticatedClient, emulator: Emulator, fmt: Fmt) -> None:
    message_id = send(client, f"moving status {fmt}")
    first = status(client, message_id, fmt)
    assert (first.status, first.meaning, first.error) == (0, "transferred to the operator", 0)
    emulator.clock.advance(11)
    delivered = status(client, message_id, fmt)
    assert delivered.status == 1
    assert isinstance(delivered.changed_at, datetime)
    assert delivered.changed_at > first.changed_at  # type: ignore[operator]


@pytest.mark.parametrize("fmt", FORMATS)
def test_full_status_has_the_message_text_even_with_commas(client: AuthenticatedClient, fmt: Fmt) -> None:
    """all=1: fmt 1 puts the unescaped message text last, so commas in it must survive."""
    text = f"Hello, world, fmt {fmt}, ok"
    message_id = send(client, text)
    full = status(client, message_id, fmt, detail=1)
    assert full.message == text
    assert full.phone == PHONE
    assert full.status_name == "Transferred to the operator"
    assert full.sent_at is not None


@pytest.mark.parametrize("fmt", FORMATS)
def test_status_with_region_details(client: AuthenticatedClient, fmt: Fmt) -> None:
    message_id = send(client, f"where is it {fmt}, really")
    full = status(client, message_id, fmt, detail=2)
    assert (full.country, full.operator, full.region) == ("Russia", "Yota", "Moscow")
    assert full.message == f"where is it {fmt}, really"


@pytest.mark.parametrize("fmt", FORMATS)
def test_unknown_message_is_status_minus_3(client: AuthenticatedClient, fmt: Fmt) -> None:
    unknown = status(client, 999_999, fmt)
    assert (unknown.status, unknown.found, unknown.changed_at) == (-3, False, None)


@pytest.mark.parametrize("fmt", FORMATS)
def test_several_statuses_in_one_request(client: AuthenticatedClient, emulator: Emulator, fmt: Fmt) -> None:
    first, second = send(client, f"first {fmt}"), send(client, f"second {fmt}")
    form = models.StatusesForm(phone=f"{PHONE},{PHONE},{PHONE}", id=f"{first},{second},999999", fmt=fmt)
    found = call(get_statuses, client=client, body=form)
    assert [(s.id, s.phone, s.status) for s in found] == [(first, PHONE, 0), (second, PHONE, 0), (999999, PHONE, -3)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_second_mass_status_request_within_a_minute_is_error_9(client: AuthenticatedClient, fmt: Fmt) -> None:
    form = models.StatusesForm(phone=f"{PHONE},{PHONE},", id="1001,1002,", fmt=fmt)
    assert len(call(get_statuses, client=client, body=form)) == 2
    with pytest.raises(errors.ThrottledError):
        call(get_statuses, client=client, body=form)


@pytest.mark.parametrize("fmt", FORMATS)
def test_delete_a_scheduled_message_refunds_it(client: AuthenticatedClient, emulator: Emulator, fmt: Fmt) -> None:
    message_id = send(client, f"never sent {fmt}", time="+120")
    before = emulator.account().balance
    assert (
        call(delete_message, client=client, body=models.DeleteMessageForm(phone=PHONE, id=message_id, fmt=fmt)) is None
    )
    assert emulator.account().balance == before + Decimal("1.50")
    assert status(client, message_id, fmt).status == -3


@pytest.mark.parametrize("fmt", FORMATS)
def test_deleting_an_unknown_message_is_error_5(client: AuthenticatedClient, fmt: Fmt) -> None:
    with pytest.raises(errors.DeleteFailedError) as raised:
        call(delete_message, client=client, body=models.DeleteMessageForm(phone=PHONE, id=999_998, fmt=fmt))
    assert raised.value.code == 5
