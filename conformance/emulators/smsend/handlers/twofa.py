"""Two Factor Authentication API: request a PIN by SMS, verify it.

A PIN is 6 digits, valid `expiry` minutes, single use, and allows `MAX_TRIES` wrong guesses: after the
last one it is gone. Tests read the PIN from `account.pins[recipient].pin` (the SMS is not really sent).
Sending it costs one SMS credit, like any high-quality SMS.
"""

from __future__ import annotations

import re
import secrets

from emulator_models import smsend as models
from starlette.responses import Response

from ...core import ApiError, Call, json_body
from ..state import AccountState, Pin, Store
from . import operation
from .common import same_number

MAX_TRIES = 3
PIN_PLACEHOLDER = "%PIN%"
DEFAULT_MESSAGE = "Your verification code is %PIN%"
# An SMS sender is up to 11 letters/digits, or a phone number of up to 16 digits.
VALID_SENDER = re.compile(r"^([A-Za-z0-9 .\-]{1,11}|\+?[0-9]{1,16})$")


def message_with_pin(body: str | None, pin: str) -> str:
    text = body or DEFAULT_MESSAGE
    return text.replace(PIN_PLACEHOLDER, pin) if PIN_PLACEHOLDER in text else f"{text} {pin}"


@operation("request_2fa_pin")
def request_2fa_pin(store: Store, call: Call[models.TwoFactorPinSendRequest, AccountState]) -> Response:
    account = call.principal
    body = call.body
    if body.senderName and not VALID_SENDER.match(body.senderName):  # empty: the preferred sender
        raise ApiError(400, "Invalid senderName")
    if account.sms_credits < 1:
        raise ApiError(400, "Not enough credit to send the PIN")
    pin = f"{secrets.randbelow(10**6):06d}"
    message_with_pin(body.messageBody, pin)  # what the SMS would say; the emulator sends nothing
    account.sms_credits -= 1
    expiry_minutes: int = body.expiry if body.expiry is not None else 60
    account.pins[same_number(body.recipient.root)] = Pin(pin=pin, expires=store.clock() + expiry_minutes * 60)
    return json_body({"status": "OK"})


def _error(message: str, tries_remaining: int) -> Response:
    return json_body({"status": "ERROR", "error": message, "triesRemaining": tries_remaining})


@operation("verify_2fa_pin")
def verify_2fa_pin(store: Store, call: Call[models.TwoFactorPinVerifyRequest, AccountState]) -> Response:
    account = call.principal
    recipient = same_number(call.body.recipient.root)
    pin = account.pins.get(recipient)
    if pin is None or store.clock() > pin.expires:
        account.pins.pop(recipient, None)
        return _error("No valid pin for this recipient", 0)
    if secrets.compare_digest(pin.pin.encode(), call.body.pin.encode()):
        del account.pins[recipient]  # a PIN is good once
        return json_body({"status": "OK"})
    pin.tries_remaining -= 1
    if pin.tries_remaining <= 0:
        del account.pins[recipient]
    return _error("Wrong pin", pin.tries_remaining)
