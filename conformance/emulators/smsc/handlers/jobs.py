"""jobs.php: mailings (create, disable, delete).

State: `account.jobs[id]` is `{"id", "name", "phones", "mes", "sender", "kind", "start", "period", "freq",
"cost", "active"}`. A mailing is paid when it is created, at send.php's prices (the emulator sends nothing, so
there is no later moment to charge); disabling or deleting it before `start` gives the money back, as
status.php does for a message not sent yet. Numbers blacklisted for every message (type 0) or for mass mailings
(type 1) are left out; a mailing whose numbers are all blacklisted is saved and costs nothing.

The throttle (error 9 for a fourth identical request within a minute) is our reading: jobs.php documents none,
so phones.php's is applied.
"""

from __future__ import annotations

from typing import Any

from ..protocol import OK, Reply, SmscError
from ..state import AccountState, Store
from . import SmscCall, operation
from .common import amount, throttle
from .send import KINDS, recipients, send_time, units
from .senders import approved_names, stored_name

IDENTICAL_PER_MINUTE = 3
MAILING_BLOCKED = (0, 1)  # blacklist types that keep a number out of mailings: all messages, mass mailings


def _job(account: AccountState, job_id: int) -> dict[str, Any]:
    job = account.jobs.get(job_id)
    if job is None:
        raise SmscError(5, "mailing not found")
    return job


def _stop(store: Store, account: AccountState, job: dict[str, Any]) -> None:
    """Disable a mailing; one that has not started yet is refunded (once: it is then inactive)."""
    if job["active"] and store.now() < job["start"]:
        account.balance += job["cost"]
    job["active"] = False


@operation("add_job")
def add_job(store: Store, call: SmscCall) -> Reply:
    throttle(store, call, "jobs", IDENTICAL_PER_MINUTE)
    account, mes = call.account, call.values["mes"]
    kind = "mail" if call.get("mail") == 1 else "sms"
    phones = recipients(account, call.values["phones"], kind)
    sender = call.get("sender", "")
    if sender not in ("", ".") and kind != "mail" and stored_name(sender) not in approved_names(account):
        raise SmscError(6, "message is denied")
    try:
        start = send_time(call.get("time"), 0, store.now())
    except (SmscError, OverflowError, OSError):  # a date that does not exist, or out of range
        # jobs.php has no "invalid date" error: the mailing cannot be saved, which is error 3 here.
        raise SmscError(3, "error saving mailing: invalid time") from None
    blocked = {e["phone"] for e in account.blacklist.values() if e["type"] in MAILING_BLOCKED}
    phones = [phone for phone in phones if phone not in blocked]
    cost = KINDS[kind][1] * units(kind, mes) * len(phones)
    if cost > account.balance + account.account.credit:
        raise SmscError(3, "no money")
    account.balance -= cost
    job_id = account.new_record_id()
    account.jobs[job_id] = {
        "id": job_id,
        "name": call.values["name"],
        "phones": phones,
        "mes": mes,
        "sender": sender,
        "kind": kind,
        "start": start,
        "period": call.get("period"),
        "freq": call.get("freq"),
        "cost": cost,
        "active": True,
    }
    data: dict[str, Any] = {"id": job_id}
    if call.get("cost") == 1:
        data["cost"] = amount(cost)
    return Reply(data)


@operation("cancel_job")
def cancel_job(store: Store, call: SmscCall) -> Reply:
    throttle(store, call, "jobs", IDENTICAL_PER_MINUTE)
    # Disabling a disabled mailing leaves it disabled: not an error.
    _stop(store, call.account, _job(call.account, call.values["id"]))
    return Reply(OK)


@operation("delete_job")
def delete_job(store: Store, call: SmscCall) -> Reply:
    throttle(store, call, "jobs", IDENTICAL_PER_MINUTE)
    _stop(store, call.account, _job(call.account, call.values["id"]))
    del call.account.jobs[call.values["id"]]
    return Reply(OK)
