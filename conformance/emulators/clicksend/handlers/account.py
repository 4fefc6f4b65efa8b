"""Account: get_account."""

from __future__ import annotations

from starlette.responses import Response

from ...core import Call, json_body
from ..state import AccountState, Store
from . import operation


@operation("get_account")
def get_account(store: Store, call: Call[None, AccountState]) -> Response:
    return json_body({"username": call.principal.account.username, "balance": call.principal.balance})
