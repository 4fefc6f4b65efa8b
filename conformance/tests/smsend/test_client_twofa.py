"""Client tests for the Two Factor Authentication section. The PIN is read from the emulator's store."""

from __future__ import annotations

from typing import Any

import pytest
from smsgw_smsend.client import AuthenticatedClient
from smsgw_smsend.models import TwoFactorPinSendRequest, TwoFactorPinVerifyRequest
from smsgw_smsend.overlay import call
from smsgw_smsend.overlay.errors import BadRequestError
from smsgw_smsend.overlay.operations import request_2fa_pin, verify_2fa_pin

from .conftest import Emulator


def request_pin(client: AuthenticatedClient, emulator: Emulator, recipient: str, **options: Any) -> str:
    answer = call(request_2fa_pin, client=client, body=TwoFactorPinSendRequest(recipient=recipient, **options))
    assert answer.status == "OK"
    return emulator.account().pins[recipient].pin


def verify(client: AuthenticatedClient, recipient: str, pin: str):  # type: ignore[no-untyped-def]
    return call(verify_2fa_pin, client=client, body=TwoFactorPinVerifyRequest(recipient=recipient, pin=pin))


def wrong(pin: str) -> str:
    return f"{(int(pin) + 1) % 10**6:06d}"


def test_right_pin_is_ok_once(client: AuthenticatedClient, emulator: Emulator) -> None:
    credits = emulator.account().sms_credits
    pin = request_pin(client, emulator, "+393471110001", message_body="Code: %PIN%", sender_name="MyShop", expiry=5)
    assert emulator.account().sms_credits == credits - 1
    assert len(pin) == 6
    assert verify(client, "+393471110001", pin).status == "OK"
    again = verify(client, "+393471110001", pin)
    assert (again.status, again.tries_remaining) == ("ERROR", 0)  # single use


def test_three_wrong_tries_remove_the_pin(client: AuthenticatedClient, emulator: Emulator) -> None:
    pin = request_pin(client, emulator, "+393471110002")
    first = verify(client, "+393471110002", wrong(pin))
    assert (first.status, first.error, first.tries_remaining) == ("ERROR", "Wrong pin", 2)
    assert verify(client, "+393471110002", wrong(pin)).tries_remaining == 1
    assert verify(client, "+393471110002", wrong(pin)).tries_remaining == 0
    assert "+393471110002" not in emulator.account().pins
    assert verify(client, "+393471110002", pin).status == "ERROR"


def test_pin_expires(client: AuthenticatedClient, emulator: Emulator) -> None:
    pin = request_pin(client, emulator, "+393471110003", expiry=1)
    emulator.clock.advance(61)
    assert verify(client, "+393471110003", pin).status == "ERROR"


def test_invalid_sender_name_is_400(client: AuthenticatedClient) -> None:
    body = TwoFactorPinSendRequest(recipient="+393471110004", sender_name="A sender name far too long")
    with pytest.raises(BadRequestError, match="senderName"):
        call(request_2fa_pin, client=client, body=body)
