"""get.php: the history of sent messages, incoming messages, statistics and prices.

History and statistics read `account.messages` (deleted messages are left out); days are Moscow days. Incoming
messages are `account.incoming`, dicts `{"id", "received_at" (an aware datetime), "phone", "to_phone",
"message"}`, filled by the fixtures (the emulator receives nothing). Every action answers error 9 to a fourth
identical request within a minute (get.php documents error 9 for repeated identical requests; the limit of
three is phones.php's, our reading).
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from ..numbers import normalise, operators
from ..protocol import Reply
from ..state import MOSCOW, Message, Store, moscow_date
from . import SmscCall, operation
from .common import amount, no_records, one_line, throttle
from .send import KINDS
from .status import status_record

IDENTICAL_PER_MINUTE = 3
INCOMING_HOURS = 24  # the period of get_incoming without `after_id` or `hour` (undocumented; our choice)


def _day(text: str) -> date:
    """A `dd.mm.yyyy` day. Parts out of range roll over as PHP's mktime rolls them (31.04 is 01.05, 00.01 the
    last day of the year before), so a well-formed request never fails; years stay within what `date` holds."""
    day, month, year = (int(part) for part in text.split("."))
    year, month = divmod(min(max(year, 2), 9990) * 12 + month - 1, 12)
    return date(year, month + 1, 1) + timedelta(days=day - 1)


def _sent_between(call: SmscCall) -> list[Message]:
    """The account's messages sent from `start` to `end` (Moscow days, both included), newest first."""
    start, end = _day(call.values["start"]), _day(call.values["end"])
    found = [
        message
        for message in call.account.messages.values()
        if not message.deleted and start <= message.sent_at.astimezone(MOSCOW).date() <= end
    ]
    return sorted(found, key=lambda message: (message.sent_at, message.id), reverse=True)


@operation("get_history")
def get_history(store: Store, call: SmscCall) -> Reply:
    throttle(store, call, "get", IDENTICAL_PER_MINUTE)
    messages = _sent_between(call)
    if "phone" in call.values:
        messages = [message for message in messages if message.phone == normalise(call.values["phone"])]
    # A text layout puts one record per line and escapes nothing: a line break in a message becomes a space.
    text = one_line if call.fmt in (0, 1) else str
    records: list[dict[str, Any]] = [
        {
            "id": message.id,
            "phone": message.phone,
            "send_date": moscow_date(message.sent_at),
            "status": status_record(store, message, 0)["status"],
            "cost": amount(message.cost),
            "sender_id": message.sender,
            "message": text(message.text),
        }
        for message in messages[: call.get("cnt")]
    ]
    if not records:
        raise no_records()
    return Reply(records)


@operation("get_incoming")
def get_incoming(store: Store, call: SmscCall) -> Reply:
    throttle(store, call, "get", IDENTICAL_PER_MINUTE)
    if "after_id" in call.values:
        found = [m for m in call.account.incoming if m["id"] > call.values["after_id"]]
    else:
        since = store.now() - timedelta(hours=call.get("hour", INCOMING_HOURS))
        found = [m for m in call.account.incoming if m["received_at"] >= since]
    text = one_line if call.fmt in (0, 1) else str  # as in get_history
    records = [
        {
            "id": m["id"],
            "received": moscow_date(m["received_at"]),
            "phone": m["phone"],
            "to_phone": m["to_phone"],
            "message": text(m["message"]),
        }
        for m in found
    ]
    if not records:
        raise no_records()
    return Reply(records)


@operation("get_statistics")
def get_statistics(store: Store, call: SmscCall) -> Reply:
    throttle(store, call, "get", IDENTICAL_PER_MINUTE)
    messages = _sent_between(call)
    cost = sum((message.cost for message in messages), Decimal(0))
    return Reply({"cnt": sum(message.parts for message in messages), "cost": amount(cost)})


@operation("get_prices")
def get_prices(store: Store, call: SmscCall) -> Reply:
    throttle(store, call, "get", IDENTICAL_PER_MINUTE)
    # send.php charges one price per SMS part wherever the number is, so every zone lists that price.
    price = amount(KINDS["sms"][1])
    zones = [{"country": op.country, "operator": op.operator, "price": price} for op in operators()]
    return Reply({"zones": zones})
