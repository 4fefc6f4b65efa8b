"""send.php: messages of every kind, and their cost (`cost=1`)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from ...sms_text import sms_parts
from ..numbers import normalise, valid
from ..protocol import Reply, SmscError
from ..state import MOSCOW, AccountState, Message, Store
from . import SmscCall, operation
from .common import amount

# Price of one unit (an SMS part, an MMS, an e-mail, a call, ...) per kind; `kind` numbers are ours.
KINDS: dict[str, tuple[int, Decimal]] = {
    "sms": (0, Decimal("1.50")),
    "mms": (6, Decimal("10.00")),
    "mail": (8, Decimal("0.10")),
    "call": (7, Decimal("2.00")),
    "viber": (10, Decimal("0.80")),
    "hlr": (3, Decimal("0.25")),
    "ping": (5, Decimal("0.20")),
}
CALL_SECONDS = 20  # a voice message is billed as this many seconds (cnt counts seconds for calls)
DELIVERY_SECONDS = 10  # from "transferred to the operator" (0) to "delivered" (1)


def recipients(account: AccountState, phones: str, kind: str) -> list[str]:
    """The addressed numbers (or e-mail addresses), with `G<number>` groups expanded; error 7 if one is invalid."""
    found: list[str] = []
    for item in filter(None, re.split(r"[,;]", phones)):
        if kind == "mail":
            found.append(item)
        elif item.startswith("G"):
            number = int(item[1:])
            groups = [gid for gid, group in account.groups.items() if group.get("number") == number]
            members = [p for p, contact in account.contacts.items() if set(groups) & set(contact.get("groups", []))]
            if not members:
                raise SmscError(7, "invalid number")
            found += members
        elif not valid(item):
            raise SmscError(7, "invalid number")
        else:
            found.append(normalise(item))
    return list(dict.fromkeys(found))


def send_time(value: str | None, tz: int, now: datetime) -> datetime:
    """When a message goes out; error 5 for a date that matches the pattern but does not exist."""
    if not value or value == "0":
        return now
    try:
        if value.startswith("+"):
            return now + timedelta(minutes=int(value[1:]))
        if value.startswith("0"):
            return max(now, datetime.fromtimestamp(int(value), MOSCOW))
        if "-" in value:  # an hour window "h1-h2": the next start of it, Moscow time
            start = int(value.split("-")[0])
            local = now.astimezone(MOSCOW)
            moment = local.replace(hour=start, minute=0, second=0, microsecond=0)
            return moment if moment >= local else moment + timedelta(days=1)
        layout = "%d.%m.%y %H:%M" if "." in value else "%d%m%y%H%M"
        moment = datetime.strptime(value, layout).replace(tzinfo=MOSCOW) - timedelta(hours=tz)
    except (ValueError, OverflowError, OSError):  # a timestamp or date beyond what a calendar holds
        raise SmscError(5, "invalid date format") from None
    return max(now, moment)


def units(kind: str, text: str) -> int:
    if kind == "sms":
        return sms_parts(text)
    if kind == "call":
        return CALL_SECONDS
    return 1


def _send(
    store: Store, call: SmscCall, kind: str, pairs: list[tuple[str, str]], reply_cost: int, text_for_dedup: str
) -> Reply:
    account = call.account
    # "more than one identical send request within a minute": error 9.
    store.limits.hit(("send", account.account.login, kind, text_for_dedup), 1)
    now = store.now()
    message_id = call.get("id") or account.next_message_id  # id=0, like no id, asks the service for one
    if not call.get("id"):
        account.next_message_id += 1
    sender = call.get("sender", "")
    if sender not in ("", ".") and kind != "mail" and _sender_key(sender) not in _approved_senders(account):
        raise SmscError(6, "message is denied", message_id)
    blocked = {entry["phone"] for entry in account.blacklist.values() if entry.get("type", 0) in (0, 2)}
    pairs = [(phone, text) for phone, text in pairs if phone not in blocked]
    if not pairs:
        raise SmscError(8, "can't to deliver", message_id)
    code, price = KINDS[kind]
    count = sum(units(kind, text) for _, text in pairs)
    cost = price * (count if kind != "call" else len(pairs))
    if cost > account.balance + account.account.credit:
        raise SmscError(3, "no money", message_id)
    at = send_time(call.get("time"), call.get("tz", 0), now)
    account.balance -= cost
    for phone, text in pairs:
        account.messages[(message_id, phone)] = Message(
            id=message_id,
            phone=phone,
            text=text,
            kind=code,
            sender=sender,
            cost=price * units(kind, text) if kind != "call" else price,
            parts=units(kind, text),
            sent_at=now,
            deliver_after=at,
        )
    data: dict[str, Any] = {"id": message_id, "cnt": count}
    if reply_cost in (2, 3):
        data["cost"] = amount(cost)
    if reply_cost == 3:
        data["balance"] = amount(account.balance)
    return Reply(data)


def _sender_key(sender: str) -> str:
    """A phone-number sender name compares by its digits (`+7999...` is `7999...`)."""
    return normalise(sender) if re.fullmatch(r"\+?[0-9]+", sender) else sender


def _approved_senders(account: AccountState) -> set[str]:
    return {_sender_key(s["sender"]) for s in account.senders.values() if s.get("approved", True)}


def _simple(kind: str) -> Any:
    def handler(store: Store, call: SmscCall) -> Reply:
        phones = recipients(call.account, call.values["phones"], kind)
        text = call.get("mes", "")
        dedup = f"{call.values['phones']}\n{text}"
        return _send(store, call, kind, [(phone, text) for phone in phones], call.get("cost", 0), dedup)

    return handler


for _operation_id, _kind in (
    ("send_sms", "sms"),
    ("send_mms", "mms"),
    ("send_email", "mail"),
    ("send_voice_call", "call"),
    ("send_viber", "viber"),
    ("send_hlr", "hlr"),
    ("send_ping", "ping"),
):
    operation(_operation_id)(_simple(_kind))


@operation("send_sms_list")
def send_sms_list(store: Store, call: SmscCall) -> Reply:
    pairs = []
    for line in call.values["list"].split("\n"):
        phone, text = line.split(":", 1)
        if not valid(phone):
            raise SmscError(7, "invalid number")
        pairs.append((normalise(phone), text))
    return _send(store, call, "sms", pairs, call.get("cost", 0), call.values["list"])


@operation("get_send_cost")
def get_send_cost(store: Store, call: SmscCall) -> Reply:
    # "more than five identical cost requests within a minute": error 9.
    store.limits.hit(("cost", call.account.account.login, call.values["phones"], call.values["mes"]), 5)
    kind = next((k for k in ("mms", "mail", "call", "viber") if call.get(k) == 1), "sms")
    phones = recipients(call.account, call.values["phones"], kind)
    _, price = KINDS[kind]
    count = units(kind, call.values["mes"]) * len(phones)
    cost = price * (count if kind != "call" else len(phones))
    return Reply({"cost": amount(cost), "cnt": count})
