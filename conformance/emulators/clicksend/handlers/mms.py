"""MMS: send_mms, calculate_mms_price, list_mms_history, export_mms_history (sending rules in sending.py).

Every message of a call carries the call's one media file: a JPEG or GIF at an http(s) URL (other types must go
through `POST /uploads?convert=mms` first, whose answer is such a URL), else each message is INVALID_MEDIA_FILE;
an empty subject is SUBJECT_REQUIRED.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from emulator_models import clicksend as models
from starlette.responses import Response

from ...core import Call
from ..auth import Caller
from ..files import export
from ..sending import (
    DELIVERED_CODE,
    DELIVERED_TEXT,
    Draft,
    Outcome,
    delivered_at,
    of_channel,
    price_all,
    recipients,
    send_all,
    valid_media,
)
from ..sending import status_of as message_status
from ..state import AccountState, Message, Store
from . import operation
from .common import answer, decimal_text, file_url, origin, paged, unix_time
from .sms import in_window, totals

QUEUED = "Messages queued for delivery."


def drafts(account: AccountState, body: models.MmsSendRequest) -> list[Draft]:
    return [
        Draft(
            "mms",
            recipient,
            message.body,
            message.from_ or None,
            unix_time(message.schedule),
            message.country,
            message.custom_string,
            subject=message.subject,
            media_url=body.media_file,
        )
        for message in body.messages
        for recipient in recipients(account, message.to, message.list_id)
    ]


def media_url(call: Call[Any, Caller], url: str) -> str:
    """The media file's URL as the answers give it (a URI even for a file that is not one)."""
    return url if valid_media(url) else file_url(call, quote(url, safe=""))


def mms_wire(call: Call[Any, Caller], outcome: Outcome) -> dict[str, Any]:
    contact = outcome.draft.recipient.contact
    return {
        "list_id": outcome.draft.recipient.list_id,
        "contact_id": contact.contact_id if contact else 0,
        "message_id": outcome.message_id,
        "to": outcome.to,
        "subject": outcome.draft.subject,
        "from": outcome.sender,
        "body": outcome.body,
        "country": outcome.country.code if outcome.country else "",
        "custom_string": outcome.draft.custom_string or "",
        "schedule": outcome.send_time or "",
        "message_parts": outcome.parts,
        "message_price": decimal_text(outcome.price, 4),
        "_media_file_url": media_url(call, outcome.draft.media_url),
        "status": outcome.status,
    }


@operation("send_mms")
def send_mms(store: Store, call: Call[models.MmsSendRequest, Caller]) -> Response:
    account = call.principal.account
    outcomes = send_all(account, call.principal.subaccount, drafts(account, call.body), store.now())
    return answer({**totals(outcomes), "messages": [mms_wire(call, outcome) for outcome in outcomes]}, QUEUED)


@operation("calculate_mms_price")
def calculate_mms_price(store: Store, call: Call[models.MmsSendRequest, Caller]) -> Response:
    account = call.principal.account
    outcomes = price_all(account, drafts(account, call.body), store.now())
    return answer({**totals(outcomes), "messages": [mms_wire(call, outcome) for outcome in outcomes]}, QUEUED)


def history_wire(message: Message, now: int) -> dict[str, Any]:
    delivered = delivered_at(message, now) is not None
    return {
        "direction": "out",
        "date": str(message.date),
        "to": message.to,
        "body": message.body,
        "status": message_status(message, now),
        "from": message.sender,
        "schedule": str(message.schedule) if message.schedule is not None else "",
        "status_code": DELIVERED_CODE if delivered else None,
        "status_text": DELIVERED_TEXT if delivered else None,
        "error_code": None,
        "error_text": None,
        "message_id": message.message_id,
        "message_parts": f"{message.parts}.00",
        "message_price": decimal_text(message.price),
        "from_email": None,
        "list_id": message.list_id,
        "custom_string": message.custom_string or "",
        "contact_id": message.contact_id,
        "user_id": message.user_id,
        "subaccount_id": message.subaccount_id,
        "country": message.country,
        "carrier": "",
        "first_name": message.first_name or "",
        "last_name": message.last_name or "",
        "_api_username": message.api_username,
    }


@operation("list_mms_history")
def list_mms_history(store: Store, call: Call[None, Caller]) -> Response:
    now = store.now()
    sent = [history_wire(m, now) for m in of_channel(call.principal.account, "mms") if in_window(call, m)]
    return answer(paged(call, sent))


@operation("export_mms_history")
def export_mms_history(store: Store, call: Call[None, Caller]) -> Response:
    account, now = call.principal.account, store.now()
    rows = [history_wire(message, now) for message in of_channel(account, "mms")]
    url = export(store, account.user_id, rows, origin(call), call.query["filename"])
    return answer({"url": url}, "Download your file here.")
