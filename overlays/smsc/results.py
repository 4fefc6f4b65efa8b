"""One typed result per SMSC action, whatever `fmt` the reply came in.

The documented replies (send, cost, status, balance, mailing) get result classes of their own, because their
formats carry the same facts in different shapes (fmt 0 gives a status time as a Moscow date, fmt 1 as a Unix
timestamp). Record lists (contacts, groups, senders, ...) become the generated models of their fmt 3 objects.
OK replies become None, and "created" replies the new id.
"""

from __future__ import annotations

import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from decimal import Decimal, InvalidOperation
from typing import Any, Generic, TypeVar

from .replies import ReplyError

MOSCOW = timezone(timedelta(hours=3), "MSK")  # the service writes dates in Moscow time (UTC+3, no DST)


@dataclass(frozen=True)
class Reply:
    """A success reply to convert, already read into its fmt 3 shape (layouts.py): a record (dict), a list of
    records, or what fmt 2 gives for a bare value; and the format it came in."""

    data: Any
    fmt: int


def _record(reply: Reply, what: str) -> Mapping[str, Any]:
    if not isinstance(reply.data, dict):
        raise ReplyError(f"expected {what}")
    return reply.data


def _records(reply: Reply, what: str) -> list[Mapping[str, Any]]:
    if not isinstance(reply.data, list) or not all(isinstance(item, dict) for item in reply.data):
        raise ReplyError(f"expected a list of {what}")
    return reply.data


# ---- value conversions -----------------------------------------------------------------------------------


def _int(value: Any, name: str) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        raise ReplyError(f"{name} is not an integer") from None


def _money(value: Any, name: str) -> Decimal:
    try:
        return Decimal(str(value))
    except InvalidOperation:
        raise ReplyError(f"{name} is not an amount") from None


def _optional(value: Any, convert: Callable[[Any, str], Any], name: str) -> Any:
    return None if value in (None, "") else convert(value, name)


def _moscow_date(value: Any, name: str) -> datetime:
    try:
        return datetime.strptime(str(value), "%d.%m.%Y %H:%M:%S").replace(tzinfo=MOSCOW)
    except ValueError:
        raise ReplyError(f"{name} is not a dd.mm.yyyy hh:mm:ss date") from None


def _timestamp(value: Any, name: str) -> datetime | None:
    seconds = _int(value, name)
    return datetime.fromtimestamp(seconds, MOSCOW) if seconds else None


# ---- send.php ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SendResult:
    """A send: the message id and `count` (SMS parts times recipients; seconds for calls); with cost=2 the
    cost, with cost=3 also the balance after it."""

    id: int
    count: int
    cost: Decimal | None = None
    balance: Decimal | None = None


def send_result(reply: Reply) -> SendResult:
    data = _record(reply, "a send record")
    return SendResult(
        id=_int(data.get("id"), "id"),
        count=_int(data.get("cnt"), "cnt"),
        cost=_optional(data.get("cost"), _money, "cost"),
        balance=_optional(data.get("balance"), _money, "balance"),
    )


@dataclass(frozen=True)
class CostEstimate:
    """What a message would cost (cost=1), and how many SMS parts times recipients it makes."""

    cost: Decimal
    count: int


def cost_estimate(reply: Reply) -> CostEstimate:
    data = _record(reply, "a cost record")
    return CostEstimate(cost=_money(data.get("cost"), "cost"), count=_int(data.get("cnt"), "cnt"))


# ---- status.php ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DeliveryStatus:
    """A message's delivery status (see STATUS_MEANINGS). With all=1 also the message, with all=2 also where
    the number is. Fields that only some formats carry compare as equal whatever they hold (`flag`: fmt 2/3;
    `comment`, `type`: not fmt 1), so results read from different formats are equal when the facts are."""

    status: int
    changed_at: datetime | None
    error: int
    id: int | None = None
    phone: str | None = None
    sent_at: datetime | None = None
    cost: Decimal | None = None
    sender: str | None = None
    status_name: str | None = None
    country: str | None = None
    operator: str | None = None
    region: str | None = None
    message: str | None = None
    flag: int | None = field(default=None, compare=False)
    comment: str | None = field(default=None, compare=False)
    type: int | None = field(default=None, compare=False)

    @property
    def meaning(self) -> str:
        return STATUS_MEANINGS.get(self.status, "unknown status")

    @property
    def found(self) -> bool:
        return self.status != -3


STATUS_MEANINGS = {
    -3: "message not found",
    -2: "stopped",
    -1: "waiting to be sent",
    0: "transferred to the operator",
    1: "delivered",
    2: "read",
    3: "expired",
    4: "link clicked",
    20: "impossible to deliver",
    22: "invalid number",
    23: "forbidden",
    24: "insufficient funds",
    25: "unavailable number",
}


def _status_record(data: Mapping[str, Any]) -> DeliveryStatus:
    if data.get("last_timestamp") not in (None, ""):
        changed = _timestamp(data["last_timestamp"], "last_timestamp")
    else:
        changed = _optional(data.get("last_date"), _moscow_date, "last_date")
    if data.get("send_timestamp") not in (None, ""):
        sent = _timestamp(data["send_timestamp"], "send_timestamp")
    else:
        sent = _optional(data.get("send_date"), _moscow_date, "send_date")
    text = {name: None if data.get(name) is None else str(data[name]) for name in ("phone", "sender_id")}
    return DeliveryStatus(
        status=_int(data.get("status"), "status"),
        changed_at=changed,
        error=_int(data.get("err", 0), "err"),
        id=_optional(data.get("id"), _int, "id"),
        phone=text["phone"],
        sent_at=sent,
        cost=_optional(data.get("cost"), _money, "cost"),
        sender=text["sender_id"],
        status_name=data.get("status_name"),
        country=data.get("country"),
        operator=data.get("operator"),
        region=data.get("region"),
        message=data.get("message"),
        flag=_optional(data.get("flag"), _int, "flag"),
        comment=data.get("comment"),
        type=_optional(data.get("type"), _int, "type"),
    )


def delivery_status(reply: Reply) -> DeliveryStatus:
    return _status_record(_record(reply, "a status record"))


def delivery_statuses(reply: Reply) -> list[DeliveryStatus]:
    return [_status_record(record) for record in _records(reply, "status records")]


# ---- balance.php ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AccountBalance:
    """The balance; with cur=1 the currency, and the credit limit when the account has one."""

    balance: Decimal
    currency: str | None = None
    credit: Decimal | None = None


def account_balance(reply: Reply) -> AccountBalance:
    data = _record(reply, "a balance record")
    currency = data.get("currency")
    return AccountBalance(
        balance=_money(data.get("balance"), "balance"),
        currency=None if currency in (None, "") else str(currency),
        credit=_optional(data.get("credit"), _money, "credit"),
    )


# ---- jobs.php ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MailingCreated:
    """A new mailing's id, and its cost when the request asked for it (cost=1)."""

    id: int
    cost: Decimal | None = None


def mailing_created(reply: Reply) -> MailingCreated:
    data = _record(reply, "a mailing record")
    return MailingCreated(id=_int(data.get("id"), "id"), cost=_optional(data.get("cost"), _money, "cost"))


# ---- OK, ids and record lists ----------------------------------------------------------------------------


def done(reply: Reply) -> None:
    # In fmt 0 and 1 the layout (`OK`) has matched already; fmt 2 gives `OK`, fmt 3 `{"result": "OK"}`.
    if reply.fmt in (2, 3) and reply.data not in ("OK", {"result": "OK"}):
        raise ReplyError("expected OK")


def created_id(reply: Reply) -> int:
    return _int(_record(reply, "an id record").get("id"), "id")


def _is_int(hint: Any) -> bool:
    """int, `int | Unset`, or a Literal of ints (enum-valued integer fields)."""
    if hint is int:
        return True
    if typing.get_origin(hint) is typing.Literal:
        return all(isinstance(value, int) for value in typing.get_args(hint))
    return any(_is_int(arg) for arg in typing.get_args(hint))


def _is_text(hint: Any) -> bool:
    return hint is str or any(_is_text(arg) for arg in typing.get_args(hint))


def _coerce(model: Any, record: Mapping[str, Any]) -> Any:
    """A generated model from a record of strings (text and XML formats) or JSON values."""
    hints = typing.get_type_hints(model)
    data: dict[str, Any] = {}
    for name, value in record.items():
        # The generator renames fields that shadow builtins (`type` -> `type_`); the wire keeps the name.
        hint = hints.get(name, hints.get(f"{name}_"))
        if value == "" and hint is not None and not _is_text(hint):
            continue  # an empty non-text field: absent
        data[name] = _int(value, name) if hint is not None and _is_int(hint) else value
    try:
        return model.from_dict(data)
    except (KeyError, TypeError, ValueError) as error:
        raise ReplyError(f"not a {model.__name__}: {type(error).__name__} {error}") from None


M = TypeVar("M")


@dataclass(frozen=True)
class Records(Generic[M]):
    """A list reply of one generated model."""

    model: type[M]
    single: bool = False  # a one-record reply: fmt 2 and 3 give the record itself, not a list

    def __call__(self, reply: Reply) -> list[M]:
        if self.single and isinstance(reply.data, dict):
            reply = Reply([reply.data], reply.fmt)
        found: list[M] = [_coerce(self.model, record) for record in _records(reply, f"{self.model.__name__} records")]
        return found


@dataclass(frozen=True)
class OneRecord(Generic[M]):
    """A reply that holds exactly one record of a generated model."""

    model: type[M]

    def __call__(self, reply: Reply) -> M:
        found = Records(self.model, single=True)(reply)
        if len(found) != 1:
            raise ReplyError(f"expected one {self.model.__name__} record")
        return found[0]
