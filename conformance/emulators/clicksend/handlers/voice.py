"""Voice: send_voice, calculate_voice_price, list_voice_languages, list_voice_receipts, cancel_voice_message,
cancel_all_voice_messages, list_voice_history, export_voice_history (sending rules in sending.py).

`lang` must be a code of View Voice Languages (else INVALID_LANG) and `voice` one that language has (else
INVALID_VOICE; left out, the language's default: female, or the only voice it has). The receipts (pull) are
those of the delivered calls; no key was pressed in an emulated call (`digits` blank).
"""

from __future__ import annotations

from typing import Any

from emulator_models import clicksend as models
from starlette.responses import Response

from ...core import Call
from ..auth import Caller
from ..errors import bad_request, not_found
from ..files import export
from ..geography import VOICE_LANGUAGES
from ..sending import (
    DELIVERED_CODE,
    DELIVERED_TEXT,
    Draft,
    Outcome,
    cancel,
    cancellable,
    delivered_at,
    of_channel,
    price_all,
    recipients,
    send_all,
    status_of,
)
from ..state import AccountState, Message, Store
from . import operation
from .common import answer, decimal_number, decimal_text, origin, paged, unix_time
from .sms import in_window, totals


def drafts(account: AccountState, body: models.VoiceSendRequest) -> list[Draft]:
    return [
        Draft(
            "voice",
            recipient,
            message.body,
            None,
            unix_time(message.schedule),
            message.country,
            message.custom_string,
            lang=message.lang,
            voice=message.voice,
            require_input=message.require_input.root if message.require_input else 0,
            machine_detection=message.machine_detection.root if message.machine_detection else 0,
        )
        for message in body.messages
        for recipient in recipients(account, message.to, message.list_id)
    ]


def voice_wire(call: Call[Any, Caller], outcome: Outcome, now: int) -> dict[str, Any]:
    draft = outcome.draft
    return {
        "date": now,
        "to": outcome.to,
        "to_type": outcome.message.to_type if outcome.message else "mobile",
        "body": outcome.body,
        "from": None,
        "lang": draft.lang,
        "voice": outcome.voice,
        "schedule": outcome.send_time or now,
        "message_id": outcome.message_id,
        "message_parts": outcome.parts,
        "message_price": decimal_number(outcome.price),
        "custom_string": draft.custom_string or "",
        "user_id": call.principal.account.user_id,
        "subaccount_id": call.principal.subaccount.subaccount_id,
        "country": outcome.country.code if outcome.country else "",
        "carrier": "",
        "require_input": draft.require_input,
        "machine_detection": draft.machine_detection,
        "status": outcome.status,
    }


def answered(call: Call[models.VoiceSendRequest, Caller], outcomes: list[Outcome], now: int) -> Response:
    data = {
        **totals(outcomes),
        "messages": [voice_wire(call, outcome, now) for outcome in outcomes],
        "_currency": call.principal.account.currency.wire(),
    }
    return answer(data)


@operation("send_voice")
def send_voice(store: Store, call: Call[models.VoiceSendRequest, Caller]) -> Response:
    account, now = call.principal.account, store.now()
    return answered(call, send_all(account, call.principal.subaccount, drafts(account, call.body), now), now)


@operation("calculate_voice_price")
def calculate_voice_price(store: Store, call: Call[models.VoiceSendRequest, Caller]) -> Response:
    account, now = call.principal.account, store.now()
    return answered(call, price_all(account, drafts(account, call.body), now), now)


@operation("list_voice_languages")
def list_voice_languages(store: Store, call: Call[None, Caller]) -> Response:
    return answer([language.wire() for language in VOICE_LANGUAGES], "Here are the possible languages.")


def receipt_wire(message: Message, delivered: int) -> dict[str, Any]:
    return {
        "timestamp_send": str(message.date),
        "timestamp": str(delivered),
        "message_id": message.message_id,
        "status_code": DELIVERED_CODE,
        "status_text": DELIVERED_TEXT,
        "error_code": None,
        "error_text": None,
        "custom_string": message.custom_string,
        "message_type": "voice",
        "digits": "",
    }


@operation("list_voice_receipts")
def list_voice_receipts(store: Store, call: Call[None, Caller]) -> Response:
    now = store.now()
    receipts = [
        receipt_wire(message, delivered)
        for message in of_channel(call.principal.account, "voice")
        if (delivered := delivered_at(message, now)) is not None
    ]
    return answer(paged(call, receipts), "Here are your delivery receipts.")


@operation("cancel_voice_message")
def cancel_voice_message(store: Store, call: Call[None, Caller]) -> Response:
    account, message_id = call.principal.account, call.path["message_id"]
    message = account.messages.get(message_id)
    if message is None or message.channel != "voice":
        raise not_found(f"Voice message {message_id} not found.")
    if not cancellable(message, store.now()):
        raise bad_request(f"Voice message {message_id} is not scheduled, so it cannot be cancelled.")
    cancel(account, message)
    return answer([], "Voice have been cancelled.")


@operation("cancel_all_voice_messages")
def cancel_all_voice_messages(store: Store, call: Call[None, Caller]) -> Response:
    account, now = call.principal.account, store.now()
    scheduled = [message for message in of_channel(account, "voice") if cancellable(message, now)]
    for message in scheduled:
        cancel(account, message)
    return answer({"count": len(scheduled)}, f"{len(scheduled)} messages have been cancelled.")


def history_wire(message: Message, now: int) -> dict[str, Any]:
    delivered = delivered_at(message, now) is not None
    return {
        "user_id": message.user_id,
        "subaccount_id": message.subaccount_id,
        "list_id": message.list_id,
        "message_id": message.message_id,
        "to": message.to,
        "to_type": message.to_type,
        "from": message.sender,
        "voice": message.voice,
        "lang": message.lang,
        "body": message.body,
        "carrier": "",
        "country": message.country,
        "custom_string": message.custom_string or "",
        "schedule": str(message.send_time),
        "message_parts": f"{message.parts}.00",
        "message_price": decimal_text(message.price, 4),
        "status": status_of(message, now),
        "status_code": DELIVERED_CODE if delivered else None,
        "status_text": DELIVERED_TEXT if delivered else None,
        "date_added": message.date,
        "digits": "" if delivered else None,
        "machine_detected": 0,
        "require_input": message.require_input,
    }


@operation("list_voice_history")
def list_voice_history(store: Store, call: Call[None, Caller]) -> Response:
    now = store.now()
    sent = [history_wire(m, now) for m in of_channel(call.principal.account, "voice") if in_window(call, m)]
    return answer(paged(call, sent), "Here is your history.")


@operation("export_voice_history")
def export_voice_history(store: Store, call: Call[None, Caller]) -> Response:
    account, now = call.principal.account, store.now()
    rows = [history_wire(message, now) for message in of_channel(account, "voice")]
    url = export(store, account.user_id, rows, origin(call), call.query["filename"])
    return answer({"url": url}, "Download your file here.")
