"""status.php: delivery status of one or several messages, and deleting a message."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from ..numbers import normalise, operator_of
from ..protocol import OK, Reply, SmscError
from ..state import Message, Store, moscow_date
from . import SmscCall, operation
from .common import amount

STATUS_NAMES = {
    -3: "Message not found",
    -2: "Stopped",
    -1: "Waiting to be sent",
    0: "Transferred to the operator",
    1: "Delivered",
    20: "Impossible to deliver",
}
DELIVERY_SECONDS = 10  # from 0 "transferred to the operator" to 1 "delivered"


def _status(store: Store, message: Message) -> tuple[int, float]:
    """The status now, and when it last changed (Unix time)."""
    now = store.clock()
    handed_over = message.deliver_after.timestamp()
    if now < handed_over:
        return -1, message.sent_at.timestamp()
    if now < handed_over + DELIVERY_SECONDS:
        return 0, handed_over
    return 1, handed_over + DELIVERY_SECONDS


def status_record(store: Store, message: Message | None, detail: int) -> dict[str, Any]:
    if message is None:
        return {"status": -3, "last_date": "", "last_timestamp": 0, "flag": 0, "err": 0}
    status, changed = _status(store, message)
    record: dict[str, Any] = {
        "status": status,
        "last_date": moscow_date(datetime.fromtimestamp(changed, UTC)),
        "last_timestamp": int(changed),
        "flag": 0,
        "err": 0,
    }
    if detail >= 1:
        record |= {
            "send_date": moscow_date(message.sent_at),
            "send_timestamp": int(message.sent_at.timestamp()),
            "phone": message.phone,
            "cost": amount(message.cost),
            "sender_id": message.sender,
            "status_name": STATUS_NAMES[status],
        }
        if detail == 2:
            operator = operator_of(message.phone)
            record |= {"country": operator.country, "operator": operator.operator, "region": operator.region}
        record |= {"message": message.text, "comment": message.comment, "type": message.kind}
    return record


def _find(call: SmscCall, message_id: int, phone: str) -> Message | None:
    message = call.account.messages.get((message_id, normalise(phone)))
    return None if message is None or message.deleted else message


@operation("get_status")
def get_status(store: Store, call: SmscCall) -> Reply:
    message_id, phone = call.values["id"], call.values["phone"]
    # "more than five status requests for the same message within a minute": error 9.
    store.limits.hit(("status", call.account.account.login, message_id, normalise(phone)), 5)
    return Reply(status_record(store, _find(call, message_id, phone), call.get("all", 0)))


@operation("get_statuses")
def get_statuses(store: Store, call: SmscCall) -> Reply:
    ids = [int(i) for i in call.values["id"].split(",") if i]
    phones = [p for p in call.values["phone"].split(",") if p]
    if len(ids) != len(phones):
        raise SmscError(1)
    if len(ids) == 1:
        # One message in list form (`phone=N,&id=M,`, the trailing comma keeping the list layout) is no mass
        # request: the per-message limit applies, as to get_status.
        store.limits.hit(("status", call.account.account.login, ids[0], normalise(phones[0])), 5)
    else:
        # "more than one mass status request within a minute": error 9.
        store.limits.hit(("statuses", call.account.account.login), 1)
    records = []
    for message_id, phone in zip(ids, phones, strict=True):
        record = status_record(store, _find(call, message_id, phone), call.get("all", 0))
        records.append({"id": message_id, "phone": normalise(phone), **record})
    return Reply(records)


@operation("delete_message")
def delete_message(store: Store, call: SmscCall) -> Reply:
    message = _find(call, call.values["id"], call.values["phone"])
    if message is None:
        raise SmscError(5, "error deleting message")
    if _status(store, message)[0] == -1:  # not sent yet: it never will be, and costs nothing
        call.account.balance += message.cost
    message.deleted = True
    return Reply(OK)
