"""TPOA API: sender aliases, which smSend reviews before they can be used.

A new alias is "0 unconfirmed". The emulator plays smSend's review: ALIAS_REVIEW_SECONDS after creation
(on the emulator's clock) the alias becomes "1 confirmed by smSend" and gets its notification time.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from emulator_models import smsend as models
from starlette.responses import Response

from ...core import ApiError, Call, empty, json_body
from ..state import AccountState, Store
from . import operation
from .common import api_timestamp, paged

ALIAS_REVIEW_SECONDS = 60 * 60
UNCONFIRMED, CONFIRMED_BY_SMSEND = 0, 1
APPROVED_STATES = {1, 2, 9}  # confirmed by smSend, confirmed by AGCOM, pre-confirmed by smSend
CREATED = "_created"  # internal: creation time on the store clock, never answered


def review(store: Store, alias: dict[str, Any]) -> dict[str, Any]:
    """Confirm an unconfirmed alias once its review time has passed; returns the alias."""
    reviewed_at = alias[CREATED] + ALIAS_REVIEW_SECONDS
    if alias["alias-state"] == UNCONFIRMED and store.clock() >= reviewed_at:
        alias["alias-state"] = CONFIRMED_BY_SMSEND
        alias["notification-time"] = api_timestamp(datetime.fromtimestamp(reviewed_at, tz=UTC))
    return alias


def public(alias: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in alias.items() if not key.startswith("_")}


def find_alias(store: Store, account: AccountState, alias_id: int) -> dict[str, Any]:
    alias = account.aliases.get(alias_id)
    if alias is None:
        raise ApiError(404, f"[Not found] The alias {alias_id} was not found")
    return review(store, alias)


def put_alias(store: Store, account: AccountState, alias_id: int, details: dict[str, Any]) -> None:
    """Store a new alias under a given id (its details by wire name): unconfirmed, its review from now on."""
    account.aliases[alias_id] = {
        "id-alias": alias_id,
        **details,
        "alias-state": UNCONFIRMED,
        "notification-time": None,
        "is-numeric": details["alias"].lstrip("+").isdigit(),
        CREATED: store.clock(),
    }


@operation("create_alias")
def create_alias(store: Store, call: Call[models.AliasCreateRequest, AccountState]) -> Response:
    put_alias(store, call.principal, store.next_id(), call.body.alias.model_dump(by_alias=True))
    return empty(200)


@operation("list_aliases")
def list_aliases(store: Store, call: Call[None, AccountState]) -> Response:
    account = call.principal
    aliases = [public(review(store, alias)) for _, alias in sorted(account.aliases.items())]
    if call.query["hide-not-approved"]:
        aliases = [alias for alias in aliases if alias["alias-state"] in APPROVED_STATES]
    return json_body(paged("alias", aliases, call.query["pageNumber"], call.query["pageSize"]))


@operation("get_alias")
def get_alias(store: Store, call: Call[None, AccountState]) -> Response:
    return json_body(public(find_alias(store, call.principal, call.path["alias_id"])))


@operation("delete_alias")
def delete_alias(store: Store, call: Call[None, AccountState]) -> Response:
    account = call.principal
    alias_id: int = call.path["alias_id"]
    find_alias(store, account, alias_id)
    del account.aliases[alias_id]
    return empty(200)
