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

from .replies import ReplyError, lines, pairs, structured, values

MOSCOW = timezone(timedelta(hours=3), "MSK")  # the service writes dates in Moscow time (UTC+3, no DST)


@dataclass(frozen=True)
class Reply:
    """A success reply to convert: its text, format, and the form that was sent (some layouts depend on it)."""

    text: str
    fmt: int
    form: Mapping[str, Any]


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
    if reply.fmt in (2, 3):
        data = structured(reply.text, reply.fmt)
    elif reply.fmt == 0:
        head, _, rest = reply.text.partition(", ")
        if not head.startswith("OK - ") or not head.endswith(" SMS"):
            raise ReplyError("expected 'OK - <n> SMS, ID - <id>...'")
        data = {"cnt": head[5:-4], **{k.lower(): v for k, v in pairs(rest, ("ID", "COST", "BALANCE"), " - ").items()}}
    else:
        data = dict(zip(("id", "cnt", "cost", "balance"), reply.text.split(","), strict=False))
    if not isinstance(data, dict):
        raise ReplyError("expected a send record")
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
    if reply.fmt in (2, 3):
        data = structured(reply.text, reply.fmt)
    elif reply.fmt == 0:
        head, _, rest = reply.text.partition(", ")
        if not head.startswith("OK - ") or not head.endswith(" SMS") or not rest.startswith("COST - "):
            raise ReplyError("expected 'OK - <n> SMS, COST - <cost>'")
        data = {"cnt": head[5:-4], "cost": rest[7:]}
    else:
        data = values(reply.text, ("cost", "cnt"))
    if not isinstance(data, dict):
        raise ReplyError("expected a cost record")
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

_STATUS_FMT0 = ("Status", "check_time", "err", "send_date", "phone", "cost", "sender_id", "status_name")
_REGION = ("country", "operator", "region")
_STATUS_FMT1 = ("status", "last_timestamp", "err", "send_timestamp", "phone", "cost", "sender_id", "status_name")


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


def _status_text(line: str, fmt: int, detail: int, prefix: tuple[str, ...] = ()) -> dict[str, str]:
    if fmt == 0:
        keys = prefix + _STATUS_FMT0 + _REGION + ("message", "comment", "type")
        record = pairs(line, keys)
        record["status"] = record.pop("Status", "")
        record["last_date"] = record.pop("check_time", "")
        return record
    keys = prefix + _STATUS_FMT1[:3]
    if detail >= 1:
        keys += _STATUS_FMT1[3:] + (_REGION if detail == 2 else ()) + ("message",)
    return values(line, keys, free="message" if detail >= 1 else None)


def delivery_status(reply: Reply) -> DeliveryStatus:
    if reply.fmt in (2, 3):
        data = structured(reply.text, reply.fmt)
        if not isinstance(data, dict):
            raise ReplyError("expected a status record")
        return _status_record(data)
    return _status_record(_status_text(reply.text, reply.fmt, int(reply.form.get("all", 0))))


def delivery_statuses(reply: Reply) -> list[DeliveryStatus]:
    if reply.fmt in (2, 3):
        data = structured(reply.text, reply.fmt)
        if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
            raise ReplyError("expected a list of status records")
        return [_status_record(item) for item in data]
    detail = int(reply.form.get("all", 0))
    return [_status_record(_status_text(line, reply.fmt, detail, ("id", "phone"))) for line in lines(reply.text)]


# ---- balance.php ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AccountBalance:
    """The balance; with cur=1 the currency, and the credit limit when the account has one."""

    balance: Decimal
    currency: str | None = None
    credit: Decimal | None = None


def account_balance(reply: Reply) -> AccountBalance:
    if reply.fmt in (2, 3):
        data = structured(reply.text, reply.fmt)
        if not isinstance(data, dict):
            raise ReplyError("expected a balance record")
    else:
        parts = [part.strip() for part in reply.text.split(",")]
        data = {"balance": parts[0]}
        if len(parts) > 1:
            data["currency"] = parts[-1]
        if len(parts) == 3:
            data["credit"] = parts[1]
        if len(parts) > 3:
            raise ReplyError("expected '<balance>[, <credit>][, <currency>]'")
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
    if reply.fmt in (2, 3):
        data = structured(reply.text, reply.fmt)
    elif reply.fmt == 0:
        if not reply.text.startswith("OK, "):
            raise ReplyError("expected 'OK, ID - <id>[, COST - <cost>]'")
        data = {k.lower(): v for k, v in pairs(reply.text[4:], ("ID", "COST"), " - ").items()}
    else:
        data = dict(zip(("id", "cost"), reply.text.split(","), strict=False))
    if not isinstance(data, dict):
        raise ReplyError("expected a mailing record")
    return MailingCreated(id=_int(data.get("id"), "id"), cost=_optional(data.get("cost"), _money, "cost"))


# ---- OK, ids and record lists ----------------------------------------------------------------------------


def done(reply: Reply) -> None:
    ok = reply.text == "OK" if reply.fmt in (0, 1) else structured(reply.text, reply.fmt) in ("OK", {"result": "OK"})
    if not ok:
        raise ReplyError("expected OK")


def created_id(reply: Reply) -> int:
    if reply.fmt in (2, 3):
        data = structured(reply.text, reply.fmt)
        return _int(data.get("id") if isinstance(data, dict) else None, "id")
    text = reply.text[len("ID = ") :] if reply.fmt == 0 and reply.text.startswith("ID = ") else reply.text
    return _int(text, "id")


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
    """How to read a list of one generated model: its keys in fmt 0/1 order."""

    model: type[M]
    keys: tuple[str, ...]
    text_list_separator: dict[str, str] = field(default_factory=dict)  # field -> separator used in fmt 0/1
    wrapped_in: str | None = None  # fmt 2/3 put the list under this key (get_prices: "zones")
    free: str | None = None  # the one free-text field, which may hold commas in fmt 1 (the others may not)
    optional_tail: int = 0  # how many trailing fields a fmt 1 line may leave out
    single: bool = False  # fmt 2/3 may give the one record as an object, not a list

    def __call__(self, reply: Reply) -> list[M]:
        if reply.fmt in (2, 3):
            data = structured(reply.text, reply.fmt)
            if self.wrapped_in is not None and reply.fmt == 3:
                data = data.get(self.wrapped_in) if isinstance(data, dict) else None
            if self.single and isinstance(data, dict):
                data = [data]
            if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
                raise ReplyError(f"expected a list of {self.model.__name__} records")
            records: list[Mapping[str, Any]] = data
        else:
            records = []
            for line in lines(reply.text):
                if reply.fmt == 0:
                    record = pairs(line, self.keys)
                else:
                    record = values(line, self.keys, free=self.free, optional_tail=self.optional_tail)
                for name, separator in self.text_list_separator.items():
                    record[name] = record.get(name, "").replace(separator, ",")
                records.append(record)
        found: list[M] = [_coerce(self.model, record) for record in records]
        return found


@dataclass(frozen=True)
class OneRecord(Generic[M]):
    """A reply that holds exactly one record of a generated model."""

    model: type[M]
    keys: tuple[str, ...]

    def __call__(self, reply: Reply) -> M:
        found = Records(self.model, self.keys, single=True)(reply)
        if len(found) != 1:
            raise ReplyError(f"expected one {self.model.__name__} record")
        return found[0]


CONTACT_KEYS = (
    "phone",
    "name",
    "group",
    "first_name",
    "last_name",
    "middle_name",
    "birthday",
    "id",
    "comments",
    "tags",
    "phone_other",
)
