"""Subaccount: list_subaccounts, create_subaccount, get_subaccount, update_subaccount, delete_subaccount,
regenerate_subaccount_api_key.

A subaccount is a login of the caller's account: its `api_username` and `api_key` authenticate at once, and a
regenerated key replaces the old one (which stops working). API usernames are unique across all accounts
(ALREADY_EXISTS otherwise). The account's main subaccount (its own login) cannot be deleted (403).
"""

from __future__ import annotations

from typing import Any

from emulator_models import clicksend as models
from starlette.responses import Response

from ...core import ApiError, Call
from ..auth import Caller
from ..errors import bad_request, not_found
from ..geography import to_e164
from ..state import ACCESS_FLAGS, Store, Subaccount, new_api_key
from . import operation
from .common import answer, paged

ALREADY_EXISTS = "The resource you're trying to add already exists."


def subaccount_wire(sub: Subaccount) -> dict[str, Any]:
    return {
        "subaccount_id": sub.subaccount_id,
        "api_username": sub.api_username,
        "email": sub.email,
        "phone_number": sub.phone_number,
        "first_name": sub.first_name,
        "last_name": sub.last_name,
        "api_key": sub.api_key,
        **sub.access,
        "share_campaigns": sub.share_campaigns,
        "notes": sub.notes,
    }


def own_subaccount(store: Store, call: Call[Any, Caller]) -> Subaccount:
    """The path's subaccount, when it is the caller's account's (another account's is not found either)."""
    sub = store.subaccounts.find(call.path["subaccount_id"])
    if sub is None or sub.user_id != call.principal.account.user_id:
        raise not_found(f"Subaccount #{call.path['subaccount_id']} not found.")
    return sub


def flags_given(body: models.SubaccountCreateRequest | models.SubaccountUpdateRequest) -> dict[str, int]:
    return {name: getattr(body, name).root for name in ACCESS_FLAGS if getattr(body, name, None) is not None}


@operation("list_subaccounts")
def list_subaccounts(store: Store, call: Call[None, Caller]) -> Response:
    subs = [subaccount_wire(sub) for sub in store.subaccounts_of(call.principal.account.user_id)]
    return answer(paged(call, subs), "SUCCESS")


@operation("create_subaccount")
def create_subaccount(store: Store, call: Call[models.SubaccountCreateRequest, Caller]) -> Response:
    account, body = call.principal.account, call.body
    if store.username_taken(body.api_username):
        raise bad_request(ALREADY_EXISTS, "ALREADY_EXISTS")
    sub = store.subaccounts.add(
        lambda subaccount_id: Subaccount(
            subaccount_id=subaccount_id,
            user_id=account.user_id,
            api_username=body.api_username,
            api_key=new_api_key(),
            password=body.password,
            email=body.email,
            phone_number=to_e164(body.phone_number, account.country) or body.phone_number,
            first_name=body.first_name,
            last_name=body.last_name,
        )
    )
    sub.access.update(flags_given(body))
    return answer(subaccount_wire(sub), "New account has been created.")


@operation("get_subaccount")
def get_subaccount(store: Store, call: Call[None, Caller]) -> Response:
    return answer(subaccount_wire(own_subaccount(store, call)))


@operation("update_subaccount")
def update_subaccount(store: Store, call: Call[models.SubaccountUpdateRequest, Caller]) -> Response:
    sub, body = own_subaccount(store, call), call.body
    if body.api_username is not None and body.api_username != sub.api_username:
        if store.username_taken(body.api_username):
            raise bad_request(ALREADY_EXISTS, "ALREADY_EXISTS")
        sub.api_username = body.api_username
    sub.password, sub.email, sub.first_name, sub.last_name = body.password, body.email, body.first_name, body.last_name
    sub.phone_number = to_e164(body.phone_number, call.principal.account.country) or body.phone_number
    sub.access.update(flags_given(body))
    if body.share_campaigns is not None:
        sub.share_campaigns = body.share_campaigns.root
    if "notes" in body.model_fields_set:
        sub.notes = body.notes
    return answer(subaccount_wire(sub), f"Subaccount #{sub.subaccount_id} has been updated.")


@operation("delete_subaccount")
def delete_subaccount(store: Store, call: Call[None, Caller]) -> Response:
    sub = own_subaccount(store, call)
    if sub.main:
        raise ApiError(403, "The account's main subaccount cannot be deleted.", code="FORBIDDEN")
    store.subaccounts.remove(sub.subaccount_id)
    return answer(True, f"Subaccount #{sub.subaccount_id} has been deleted")


@operation("regenerate_subaccount_api_key")
def regenerate_subaccount_api_key(store: Store, call: Call[None, Caller]) -> Response:
    sub = own_subaccount(store, call)
    sub.api_key = new_api_key()
    return answer({"api_key": sub.api_key}, "Your API Key has been regenerated.")
