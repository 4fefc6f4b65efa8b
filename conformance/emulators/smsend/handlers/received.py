"""Received SMS API: the "new messages" feed, the paged history, the after-a-message cursor, MO messages.

Messages arrive only through `receive_sms` (tests call it: nothing in the API makes a message arrive).
They can be received only on one of the account's SIMs (`Account.sims`); asking about any other SIM
answers an empty list (the docs are silent; "nothing received there" is the safe answer).
"""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from ...core import ApiError, Call, json_body
from ..state import AccountState, ReceivedSms, Store
from . import operation
from .common import api_timestamp, paged, same_number, time_window, within

MO_LIST_LIMIT = 100  # "The list is limited to 100"


def receive_sms(
    store: Store,
    account: AccountState,
    id_sim: str,
    sender: str,
    message: str,
    *,
    keyword: str = "",
    mo_type: str = "OTHER",
) -> ReceivedSms:
    """Make `account` receive an SMS on its SIM `id_sim` now (for tests). ValueError for a SIM it does not own."""
    if same_number(id_sim) not in {same_number(sim) for sim in account.account.sims}:
        raise ValueError(f"{id_sim} is not one of the account's SIMs {account.account.sims}")
    received = ReceivedSms(store.next_id(), id_sim, sender, message, store.now(), keyword, mo_type)
    account.received.append(received)
    return received


def as_json(received: ReceivedSms) -> dict[str, Any]:
    return {
        "id_message": received.id_message,
        "id_sim": received.id_sim,
        "sender": received.sender,
        "message": received.message,
        "sms_date": api_timestamp(received.received),
        "keyword": received.keyword,
    }


def on_sims(account: AccountState, sims: str | None) -> list[ReceivedSms]:
    """The account's received messages, oldest first, on the comma-separated `sims` (all when None)."""
    wanted = {same_number(sim) for sim in sims.split(",")} if sims else None
    return [sms for sms in account.received if wanted is None or same_number(sms.id_sim) in wanted]


def new_messages(account: AccountState, sims: str | None, limit: int) -> Response:
    """Messages after the account's read pointer, which moves to the last message returned. One pointer serves
    every SIM filter: a filtered call also passes over older unread messages of the other SIMs."""
    unread = [sms for sms in on_sims(account, sims) if sms.id_message > account.received_feed_position]
    answer = unread[:limit]
    if answer:
        account.received_feed_position = answer[-1].id_message
    return json_body({"result": "OK", "srsmshistory": [as_json(sms) for sms in answer]})


@operation("get_new_received_sms")
def get_new_received_sms(store: Store, call: Call[None, AccountState]) -> Response:
    return new_messages(call.principal, None, call.query["limit"])


@operation("get_new_received_sms_for_sims")
def get_new_received_sms_for_sims(store: Store, call: Call[None, AccountState]) -> Response:
    return new_messages(call.principal, call.path["id_sim"], call.query["limit"])


def history(store: Store, call: Call[None, AccountState], sims: str | None) -> Response:
    start, end = time_window(call, default_to=store.now())
    found = [as_json(sms) for sms in on_sims(call.principal, sims) if within(sms.received, start, end)]
    return json_body({"result": "OK", **paged("srsmshistory", found, call.query["pageNumber"], call.query["pageSize"])})


@operation("list_received_sms")
def list_received_sms(store: Store, call: Call[None, AccountState]) -> Response:
    return history(store, call, None)


@operation("list_received_sms_for_sims")
def list_received_sms_for_sims(store: Store, call: Call[None, AccountState]) -> Response:
    return history(store, call, call.path["id_sim"])


@operation("list_received_sms_after_message")
def list_received_sms_after_message(store: Store, call: Call[None, AccountState]) -> Response:
    """A cursor: `id_message` is a position, so an id that names no message is not an error."""
    after = [sms for sms in on_sims(call.principal, call.path["id_sim"]) if sms.id_message > call.path["id_message"]]
    return json_body({"result": "OK", "srsmshistory": [as_json(sms) for sms in after[: call.query["limit"]]]})


@operation("list_mo_received_sms")
def list_mo_received_sms(store: Store, call: Call[None, AccountState]) -> Response:
    account = call.principal
    if not account.account.french_customer:
        raise ApiError(401, "[Unauthorized] MO messages are available to French customers only")
    start, end = time_window(call, default_to=None)
    found = [
        as_json(sms)
        for sms in account.received
        if sms.mo_type == call.query["type"] and within(sms.received, start, end)
    ]
    listed = found[-MO_LIST_LIMIT:]
    return json_body(
        {"result": "OK", **paged("mosmshistory", listed, call.query["pageNumber"], call.query["pageSize"])}
    )
