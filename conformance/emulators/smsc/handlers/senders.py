"""senders.php: sender names (sender ID).

State: `account.senders[id]` is `{"id", "sender", "cmt", "approved"}`, plus `"code"` while a confirmation code
is pending. send.php and jobs.php refuse (error 6) a sender name that is not approved.

Approval, as the emulator models it: a new sender name starts unapproved. A name that is a phone number is
approved by `send_sender_code` (which keeps a random six-digit code in the record; a second call resends the
same code) and then `check_sender_code` with that code; the "SMS" with the code is not recorded anywhere a client
can read, so tests read it from the state (`store.accounts[login].senders[id]["code"]`). A name that is not a
phone number is approved by the service's staff, which the emulator does not model: the code actions find only
phone-number names (error 5 otherwise), so only the fixtures hold approved names that are not numbers.

The throttle (error 9 for a fourth identical request within a minute) is our reading: senders.php documents
none, so phones.php's is applied.
"""

from __future__ import annotations

import re
import secrets
from typing import Any

from ..numbers import normalise
from ..protocol import OK, Reply, SmscError
from ..state import AccountState, Store
from . import SmscCall, operation
from .common import no_records, one_line, throttle

IDENTICAL_PER_MINUTE = 3
_PHONE_NAME = re.compile(r"^\+?[1-9][0-9]{6,14}$")


def stored_name(sender: str) -> str:
    """A sender name as stored: a phone number as digits only, so `+7999...` and `7999...` are one name."""
    return normalise(sender) if _PHONE_NAME.match(sender) else sender


def approved_names(account: AccountState) -> set[str]:
    return {s["sender"] for s in account.senders.values() if s["approved"]}


def _comment(text: str) -> str:
    """A comment as stored: one line (the spec gives it no line pattern, but list_senders lists one record per
    line), without surrounding blanks."""
    return one_line(text).strip()


def _by_id(account: AccountState, sender_id: int) -> dict[str, Any]:
    sender = account.senders.get(sender_id)
    if sender is None:
        raise SmscError(5, "sender not found")
    return sender


def _phone_sender(account: AccountState, name: str) -> dict[str, Any]:
    """The sender record of a phone-number name; error 5 when there is none."""
    sender = next((s for s in account.senders.values() if s["sender"] == normalise(name)), None)
    if sender is None:
        raise SmscError(5, "sender not found")
    return sender


@operation("list_senders")
def list_senders(store: Store, call: SmscCall) -> Reply:
    throttle(store, call, "senders", IDENTICAL_PER_MINUTE)
    every = call.get("all", 0) == 1
    # The layout makes `cmt` optional: it is left out when there is none (no dangling "cmt = " at a line's end).
    records = [
        {"id": s["id"], "sender": s["sender"]} | ({"cmt": s["cmt"]} if s["cmt"] else {})
        for s in call.account.senders.values()
        if every or s["approved"]
    ]
    if not records:
        raise no_records()
    return Reply(records)


@operation("add_sender")
def add_sender(store: Store, call: SmscCall) -> Reply:
    throttle(store, call, "senders", IDENTICAL_PER_MINUTE)
    account, name = call.account, stored_name(call.values["sender"])
    if any(s["sender"] == name for s in account.senders.values()):
        raise SmscError(5, "sender already exists")
    sender_id = account.new_record_id()
    account.senders[sender_id] = {
        "id": sender_id,
        "sender": name,
        "cmt": _comment(call.get("cmt", "")),
        "approved": False,
    }
    return Reply({"id": sender_id})


@operation("change_sender")
def change_sender(store: Store, call: SmscCall) -> Reply:
    throttle(store, call, "senders", IDENTICAL_PER_MINUTE)
    _by_id(call.account, call.values["id"])["cmt"] = _comment(call.values["cmt"])
    return Reply(OK)


@operation("send_sender_code")
def send_sender_code(store: Store, call: SmscCall) -> Reply:
    throttle(store, call, "senders", IDENTICAL_PER_MINUTE)
    sender = _phone_sender(call.account, call.values["sender"])
    if sender["approved"]:
        raise SmscError(5, "sender already confirmed")
    sender.setdefault("code", f"{secrets.randbelow(1_000_000):06d}")  # a pending code is sent again, not replaced
    return Reply(OK)


@operation("check_sender_code")
def check_sender_code(store: Store, call: SmscCall) -> Reply:
    throttle(store, call, "senders", IDENTICAL_PER_MINUTE)
    sender = _phone_sender(call.account, call.values["sender"])
    if sender.get("code") != call.values["code"]:  # also when no code was sent, or the name is approved
        raise SmscError(5, "wrong code")
    del sender["code"]
    sender["approved"] = True
    return Reply(OK)


@operation("delete_sender")
def delete_sender(store: Store, call: SmscCall) -> Reply:
    throttle(store, call, "senders", IDENTICAL_PER_MINUTE)
    _by_id(call.account, call.values["id"])
    del call.account.senders[call.values["id"]]
    return Reply(OK)
