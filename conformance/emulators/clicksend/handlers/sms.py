"""SMS: send_sms, calculate_sms_price, receipts (list, test, one, mark read), inbound SMS (test, list, mark read:
all or before a time, one), cancel_sms, cancel_all_sms, templates, list_sms_history, export_sms_history.

Sending, pricing and the delivery state are in sending.py. Delivery receipts (pull) are those of the account's
delivered SMS and its test receipts; the list shows the unread ones until they are marked as read, as are the
inbound messages. A test receipt or test inbound message is "forwarded" to the given URL (kept in
`store.forwarded`; the emulator posts nothing).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from emulator_models import clicksend as models
from starlette.responses import Response

from ...core import Call
from ..auth import Caller
from ..errors import bad_request, not_found
from ..files import export
from ..sending import (
    DELIVERED_CODE,
    DELIVERED_TEXT,
    PENDING_TEXT,
    SHARED_SENDER,
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
from ..state import AccountState, Forwarded, InboundSms, Message, Store, Template, TestReceipt, new_message_id
from . import operation
from .common import answer, decimal_number, decimal_text, origin, paged

RECEIPTS = "Here are your delivery receipts."


def drafts(account: AccountState, body: models.SmsMessageCollection) -> list[Draft]:
    return [
        Draft(
            "sms",
            recipient,
            message.body,
            message.from_ or None,
            message.schedule,
            message.country,
            message.custom_string,
            message.from_email,
        )
        for message in body.messages
        for recipient in recipients(account, message.to, message.list_id)
    ]


def sent_wire(call: Call[Any, Caller], outcome: Outcome, now: int) -> dict[str, Any]:
    return {
        "direction": "out",
        "date": now,
        "to": outcome.to,
        "body": outcome.body,
        "from": outcome.sender,
        "schedule": outcome.send_time or now,
        "message_id": outcome.message_id,
        "message_parts": outcome.parts,
        "message_price": decimal_number(outcome.price),
        "custom_string": outcome.draft.custom_string,
        "user_id": call.principal.account.user_id,
        "subaccount_id": call.principal.subaccount.subaccount_id,
        "country": outcome.country.code if outcome.country else "",
        "carrier": "",
        "status": outcome.status,
    }


def priced_wire(outcome: Outcome, now: int) -> dict[str, Any]:
    return {
        "to": outcome.to,
        "body": outcome.body,
        "from": outcome.sender,
        "schedule": outcome.send_time or now,
        "message_parts": outcome.parts,
        "message_price": decimal_text(outcome.price, 4),
        "custom_string": outcome.draft.custom_string,
        "country": outcome.country.code if outcome.country else "",
        "status": outcome.status,
    }


def totals(outcomes: list[Outcome]) -> dict[str, Any]:
    """The price of the messages queued, and how many there are of all and of the queued."""
    queued = [outcome for outcome in outcomes if outcome.queued]
    price = sum((outcome.price for outcome in queued), Decimal(0))
    return {"total_price": decimal_number(price), "total_count": len(outcomes), "queued_count": len(queued)}


@operation("send_sms")
def send_sms(store: Store, call: Call[models.SmsMessageCollection, Caller]) -> Response:
    account, now = call.principal.account, store.now()
    outcomes = send_all(account, call.principal.subaccount, drafts(account, call.body), now)
    data = {
        **totals(outcomes),
        "messages": [sent_wire(call, outcome, now) for outcome in outcomes],
        "_currency": account.currency.wire(),
    }
    return answer(data)


@operation("calculate_sms_price")
def calculate_sms_price(store: Store, call: Call[models.SmsMessageCollection, Caller]) -> Response:
    account, now = call.principal.account, store.now()
    outcomes = price_all(account, drafts(account, call.body), now)
    data = {
        **totals(outcomes),
        "messages": [priced_wire(outcome, now) for outcome in outcomes],
        "_currency": account.currency.wire(),
    }
    return answer(data)


# --- delivery receipts ------------------------------------------------------------------------------------------


def receipt_wire(message: Message, now: int, type_field: str = "_message_type") -> dict[str, Any]:
    """A message's delivery receipt: delivered (201), or its state so far when asked before delivery."""
    delivered = delivered_at(message, now)
    status = status_of(message, now)
    return {
        "timestamp_send": str(message.date),
        "timestamp": str(delivered if delivered is not None else message.date),
        "message_id": message.message_id,
        "status_code": DELIVERED_CODE if delivered is not None else status,
        "status_text": DELIVERED_TEXT if delivered is not None else PENDING_TEXT[status],
        "error_code": None,
        "error_text": None,
        "custom_string": message.custom_string,
        type_field: "sms",
    }


def test_receipt_wire(receipt: TestReceipt) -> dict[str, Any]:
    return {
        "timestamp": str(receipt.timestamp),
        "message_id": receipt.message_id,
        "status_code": DELIVERED_CODE,
        "status_text": DELIVERED_TEXT,
        "error_code": None,
        "error_text": None,
        "custom_string": None,
    }


def unread_receipts(account: AccountState, now: int) -> list[tuple[int, dict[str, Any]]]:
    """(time, receipt) of every unread receipt, oldest first."""
    found = [
        (delivered, receipt_wire(message, now))
        for message in of_channel(account, "sms")
        if not message.receipt_read and (delivered := delivered_at(message, now)) is not None
    ]
    found += [(receipt.timestamp, test_receipt_wire(receipt)) for receipt in account.test_receipts if not receipt.read]
    return sorted(found, key=lambda entry: entry[0])


@operation("list_sms_receipts")
def list_sms_receipts(store: Store, call: Call[None, Caller]) -> Response:
    receipts = [receipt for _, receipt in unread_receipts(call.principal.account, store.now())]
    return answer(paged(call, receipts), RECEIPTS)


@operation("create_test_sms_receipt")
def create_test_sms_receipt(store: Store, call: Call[models.SmsReceiptTestRequest, Caller]) -> Response:
    receipt = TestReceipt(new_message_id(), store.now(), call.body.url)
    call.principal.account.test_receipts.append(receipt)
    data = test_receipt_wire(receipt)
    store.forwarded.append(Forwarded(call.body.url, {**data, "message_type": "sms"}))
    return answer(data, "Receipt has been added")


@operation("get_sms_receipt")
def get_sms_receipt(store: Store, call: Call[None, Caller]) -> Response:
    account, message_id = call.principal.account, call.path["message_id"]
    message = account.messages.get(message_id)
    if message is not None and message.channel == "sms":
        return answer(receipt_wire(message, store.now(), "message_type"), "Your receipt.")
    receipt = next((receipt for receipt in account.test_receipts if receipt.message_id == message_id), None)
    if receipt is None:
        raise not_found(f"No receipt for message {message_id}.")
    return answer({**test_receipt_wire(receipt), "message_type": "sms"}, "Your receipt.")


@operation("mark_sms_receipts_as_read")
def mark_sms_receipts_as_read(store: Store, call: Call[models.SmsReceiptReadRequest | None, Caller]) -> Response:
    account, now = call.principal.account, store.now()
    before = call.body.date_before if call.body is not None else None
    for message in of_channel(account, "sms"):
        delivered = delivered_at(message, now)
        if delivered is not None and (before is None or delivered < before):
            message.receipt_read = True
    for receipt in account.test_receipts:
        if before is None or receipt.timestamp < before:
            receipt.read = True
    return answer([], "Receipts has been marked as read.")


# --- inbound SMS ------------------------------------------------------------------------------------------------


def inbound_wire(message: InboundSms) -> dict[str, Any]:
    words = message.body.split()
    return {
        "timestamp": str(message.timestamp),
        "from": message.sender,
        "body": message.body,
        "original_body": message.original_body,
        "original_message_id": message.original_message_id,
        "to": message.to,
        "custom_string": message.custom_string,
        "message_id": message.message_id,
        "_keyword": words[0].lower() if words else "",
    }


@operation("create_test_inbound_sms")
def create_test_inbound_sms(store: Store, call: Call[models.InboundSmsTestRequest, Caller]) -> Response:
    """A reply to the account's latest SMS (from its recipient), or to none when it has sent none."""
    account = call.principal.account
    latest = next((message for message in reversed(account.messages.values()) if message.channel == "sms"), None)
    message_id = new_message_id()
    inbound = InboundSms(
        message_id=message_id,
        timestamp=store.now(),
        sender=latest.to if latest else "+61411111111",
        to=latest.sender if latest else SHARED_SENDER,
        body=f"This is a test incoming SMS. {message_id[:10]}.",
        original_body=latest.body if latest else "",
        original_message_id=latest.message_id if latest else new_message_id(),
        custom_string=latest.custom_string if latest else None,
    )
    account.inbound.append(inbound)
    data = inbound_wire(inbound)
    store.forwarded.append(Forwarded(call.body.url, data))
    return answer(data, "Here are your incoming messages.")


@operation("list_inbound_sms")
def list_inbound_sms(store: Store, call: Call[None, Caller]) -> Response:
    unread = [inbound_wire(message) for message in call.principal.account.inbound if not message.read]
    return answer(paged(call, unread))


@operation("mark_inbound_sms_as_read")
def mark_inbound_sms_as_read(store: Store, call: Call[models.InboundSmsReadRequest | None, Caller]) -> Response:
    before = call.body.date_before if call.body is not None else None
    for message in call.principal.account.inbound:
        if before is None or message.timestamp < before:
            message.read = True
    return answer([], "Inbound messages have been marked as read.")


@operation("mark_inbound_sms_message_as_read")
def mark_inbound_sms_message_as_read(store: Store, call: Call[None, Caller]) -> Response:
    message_id = call.path["message_id"]
    message = next((message for message in call.principal.account.inbound if message.message_id == message_id), None)
    if message is None:
        raise not_found(f"Inbound message {message_id} not found.")
    message.read = True
    return answer(1, "Receipt have been marked as read.")


# --- cancelling ------------------------------------------------------------------------------------------------


def sms_message(account: AccountState, message_id: str) -> Message:
    message = account.messages.get(message_id)
    if message is None or message.channel != "sms":
        raise not_found(f"Message {message_id} not found.")
    return message


@operation("cancel_sms")
def cancel_sms(store: Store, call: Call[None, Caller]) -> Response:
    account = call.principal.account
    message = sms_message(account, call.path["message_id"])
    if not cancellable(message, store.now()):
        raise bad_request(f"Message {message.message_id} is not scheduled, so it cannot be cancelled.")
    cancel(account, message)
    return answer([], f"Message {message.message_id} has been cancelled.")


@operation("cancel_all_sms")
def cancel_all_sms(store: Store, call: Call[None, Caller]) -> Response:
    account, now = call.principal.account, store.now()
    scheduled = [message for message in of_channel(account, "sms") if cancellable(message, now)]
    for message in scheduled:
        cancel(account, message)
    return answer({"count": len(scheduled)}, f"{len(scheduled)} messages has been cancelled.")


# --- templates ---------------------------------------------------------------------------------------------------


def template_wire(template: Template) -> dict[str, Any]:
    return {"template_id": template.template_id, "body": template.body, "template_name": template.template_name}


def put_template(account: AccountState, template_id: int | None, name: str, body: str) -> Template:
    def make(new_id: int) -> Template:
        return Template(new_id, name, body)

    return account.templates.add(make) if template_id is None else account.templates.put(template_id, make(template_id))


@operation("list_sms_templates")
def list_sms_templates(store: Store, call: Call[None, Caller]) -> Response:
    return answer(paged(call, [template_wire(template) for template in call.principal.account.templates]))


@operation("create_sms_template")
def create_sms_template(store: Store, call: Call[models.SmsTemplateInput, Caller]) -> Response:
    template = put_template(call.principal.account, None, call.body.template_name, call.body.body)
    return answer(template_wire(template), "New template has been saved.")


@operation("update_sms_template")
def update_sms_template(store: Store, call: Call[models.SmsTemplateInput, Caller]) -> Response:
    template = call.principal.account.templates.get(call.path["template_id"])
    template.template_name, template.body = call.body.template_name, call.body.body
    return answer(template_wire(template), "Your template has been updated.")


@operation("delete_sms_template")
def delete_sms_template(store: Store, call: Call[None, Caller]) -> Response:
    call.principal.account.templates.remove(call.path["template_id"])
    return answer([], "Your template has been deleted.")


# --- history -----------------------------------------------------------------------------------------------------


def history_wire(message: Message, now: int) -> dict[str, Any]:
    delivered = delivered_at(message, now) is not None
    return {
        "direction": "out",
        "date": str(message.date),
        "to": message.to,
        "body": message.body,
        "status": status_of(message, now),
        "from": message.sender,
        "schedule": str(message.send_time),
        "status_code": DELIVERED_CODE if delivered else None,
        "status_text": DELIVERED_TEXT if delivered else None,
        "error_code": None,
        "error_text": None,
        "message_id": message.message_id,
        "message_parts": f"{message.parts}.00",
        "message_price": decimal_text(message.price),
        "from_email": message.from_email,
        "list_id": message.list_id,
        "custom_string": message.custom_string,
        "contact_id": message.contact_id,
        "user_id": message.user_id,
        "subaccount_id": message.subaccount_id,
        "country": message.country,
        "carrier": "",
        "first_name": message.first_name,
        "last_name": message.last_name,
        "_api_username": message.api_username,
    }


def in_window(call: Call[Any, Caller], message: Message) -> bool:
    start, end = call.query.get("date_from"), call.query.get("date_to")
    return (start is None or message.date >= start) and (end is None or message.date <= end)


@operation("list_sms_history")
def list_sms_history(store: Store, call: Call[None, Caller]) -> Response:
    now = store.now()
    sent = [history_wire(m, now) for m in of_channel(call.principal.account, "sms") if in_window(call, m)]
    return answer(paged(call, sent))


@operation("export_sms_history")
def export_sms_history(store: Store, call: Call[None, Caller]) -> Response:
    account, now = call.principal.account, store.now()
    rows = [history_wire(message, now) for message in of_channel(account, "sms")]
    url = export(store, account.user_id, rows, origin(call), call.query["filename"])
    return answer({"url": url}, "Download your file here.")
