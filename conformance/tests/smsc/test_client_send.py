"""send.php through the generated client and the overlay: every message kind, every cost mode, every fmt."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

import attrs
import pytest
from smsgw_smsc import models
from smsgw_smsc.client import AuthenticatedClient
from smsgw_smsc.overlay import Operation, SendResult, call, connect, errors
from smsgw_smsc.overlay.operations import (
    get_send_cost,
    send_email,
    send_hlr,
    send_mms,
    send_ping,
    send_sms,
    send_sms_list,
    send_viber,
    send_voice_call,
)

from .conftest import FORMATS, POOR_ACCOUNT, Emulator, Fmt

PHONE = "79991234567"


def balance(emulator: Emulator) -> Decimal:
    return emulator.account().balance


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("cost", [0, 2, 3])
def test_send_sms_in_every_cost_mode(
    client: AuthenticatedClient, emulator: Emulator, fmt: Fmt, cost: Literal[0, 2, 3]
) -> None:
    """cost 0 answers id and count; 2 adds the cost; 3 also the balance after it. The balance goes down."""
    before = balance(emulator)
    text = f"Cost mode {cost} in fmt {fmt}"
    sent = call(send_sms, client=client, body=models.SendSmsForm(phones=PHONE, mes=text, cost=cost, fmt=fmt))
    assert isinstance(sent, SendResult)
    assert sent.count == 1
    assert balance(emulator) == before - Decimal("1.50")
    assert sent.cost == (Decimal("1.50") if cost in (2, 3) else None)
    assert sent.balance == (before - Decimal("1.50") if cost == 3 else None)
    assert emulator.account().messages[(sent.id, PHONE)].text == text


@pytest.mark.parametrize("fmt", FORMATS)
def test_send_counts_parts_times_recipients(client: AuthenticatedClient, fmt: Fmt) -> None:
    long_text = "x" * 200  # two GSM parts
    body = models.SendSmsForm(phones=f"{PHONE};79997654321", mes=long_text, fmt=fmt)
    assert call(send_sms, client=client, body=body).count == 4


def test_send_with_client_id_keeps_it(client: AuthenticatedClient) -> None:
    sent = call(send_sms, client=client, body=models.SendSmsForm(phones=PHONE, mes="my id", id=4242))
    assert sent.id == 4242


def test_send_to_a_group_reaches_its_members(client: AuthenticatedClient, emulator: Emulator) -> None:
    """`G<number>` addresses a contact group: the demo group 1 holds the demo contact."""
    sent = call(send_sms, client=client, body=models.SendSmsForm(phones="G1", mes="to the group"))
    assert (sent.id, PHONE) in emulator.account().messages


KINDS: list[tuple[Operation[..., Any], Any, int]] = [
    (send_mms, models.SendMmsForm(phones=PHONE, mes="MMS text", subj="Pictures"), 6),
    (send_email, models.SendEmailForm(phones="user@example.com", mes="Body", sender="shop@example.com"), 8),
    (send_voice_call, models.SendCallForm(phones=PHONE, mes="Your code is 1234", voice="w"), 7),
    (send_viber, models.SendViberForm(phones=PHONE, mes="Viber text"), 10),
    (send_hlr, models.SendProbeHlrForm(phones=PHONE), 3),
    (send_ping, models.SendProbePingForm(phones=PHONE), 5),
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("operation", "form", "kind"), KINDS, ids=[k[0].name for k in KINDS])
def test_every_message_kind(
    client: AuthenticatedClient, emulator: Emulator, operation: Operation[..., Any], form: Any, kind: int, fmt: Fmt
) -> None:
    """Each kind's flag reaches the service: the stored message has that kind."""
    sent = call(operation, client=client, body=attrs.evolve(form, fmt=fmt))
    recipient = "user@example.com" if kind == 8 else PHONE
    assert emulator.account().messages[(sent.id, recipient)].kind == kind
    if kind == 7:
        assert sent.count == 20  # voice calls count seconds


@pytest.mark.parametrize("fmt", FORMATS)
def test_send_sms_list_sends_each_text_to_its_number(client: AuthenticatedClient, emulator: Emulator, fmt: Fmt) -> None:
    lines = f"{PHONE}:Hello Anna, fmt {fmt}\n79997654321:Hello Boris, fmt {fmt}"
    sent = call(send_sms_list, client=client, body=models.SendListForm(list_=lines, fmt=fmt))
    messages = emulator.account().messages
    assert messages[(sent.id, PHONE)].text == f"Hello Anna, fmt {fmt}"
    assert messages[(sent.id, "79997654321")].text == f"Hello Boris, fmt {fmt}"


@pytest.mark.parametrize("fmt", FORMATS)
def test_get_send_cost_prices_without_sending(client: AuthenticatedClient, emulator: Emulator, fmt: Fmt) -> None:
    before, count = balance(emulator), len(emulator.account().messages)
    estimate = call(get_send_cost, client=client, body=models.SendCostForm(phones=PHONE, mes="x" * 200, fmt=fmt))
    assert (estimate.cost, estimate.count) == (Decimal("3.00"), 2)
    assert balance(emulator) == before
    assert len(emulator.account().messages) == count


@pytest.mark.parametrize("fmt", FORMATS)
def test_duplicate_send_within_a_minute_is_error_9(client: AuthenticatedClient, emulator: Emulator, fmt: Fmt) -> None:
    body = models.SendSmsForm(phones=PHONE, mes=f"only once, fmt {fmt}", fmt=fmt)
    call(send_sms, client=client, body=body)
    with pytest.raises(errors.ThrottledError) as raised:
        call(send_sms, client=client, body=body)
    assert raised.value.code == 9
    emulator.next_minute()
    call(send_sms, client=client, body=body)


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_money_is_error_3_with_the_message_id(emulator: Emulator, fmt: Fmt) -> None:
    poor = connect(POOR_ACCOUNT.login, POOR_ACCOUNT.password, base_url=emulator.base_url)
    body = models.SendSmsForm(phones=PHONE, mes="x" * 400, id=77, fmt=fmt)  # 3 parts = 4.50 > 2.00
    with pytest.raises(errors.InsufficientFundsError) as raised:
        call(send_sms, client=poor, body=body)
    assert raised.value.code == 3
    assert raised.value.message_id == 77


@pytest.mark.parametrize("fmt", FORMATS)
def test_invalid_number_is_error_7(client: AuthenticatedClient, fmt: Fmt) -> None:
    """The pattern admits 7 digits; the service delivers only to 10 to 15."""
    with pytest.raises(errors.InvalidNumberError):
        call(send_sms, client=client, body=models.SendSmsForm(phones="1234567", mes="short", fmt=fmt))


@pytest.mark.parametrize("fmt", FORMATS)
def test_unapproved_sender_is_error_6(client: AuthenticatedClient, fmt: Fmt) -> None:
    with pytest.raises(errors.MessageDeniedError):
        call(send_sms, client=client, body=models.SendSmsForm(phones=PHONE, mes="hi", sender="Nobody", fmt=fmt))


@pytest.mark.parametrize("fmt", FORMATS)
def test_impossible_date_is_error_5(client: AuthenticatedClient, fmt: Fmt) -> None:
    body = models.SendSmsForm(phones=PHONE, mes="when?", time="3113991200", fmt=fmt)  # 31.13.99: no month 13
    with pytest.raises(errors.InvalidDateError) as raised:
        call(send_sms, client=client, body=body)
    assert raised.value.code == 5


def test_scheduled_message_waits(client: AuthenticatedClient, emulator: Emulator) -> None:
    sent = call(send_sms, client=client, body=models.SendSmsForm(phones=PHONE, mes="later", time="+60"))
    message = emulator.account().messages[(sent.id, PHONE)]
    assert (message.deliver_after - message.sent_at).total_seconds() == 3600
