"""balance.php."""

from __future__ import annotations

from typing import Any

from ..protocol import Reply
from ..state import Store
from . import SmscCall, operation
from .common import amount


@operation("get_balance")
def get_balance(store: Store, call: SmscCall) -> Reply:
    # "more than ten balance requests within a minute": error 9.
    store.limits.hit(("balance", call.account.account.login), 10, "too many balance requests, wait a minute")
    data: dict[str, Any] = {"balance": amount(call.account.balance)}
    if call.get("cur") == 1:
        if call.account.account.credit:
            data["credit"] = amount(call.account.account.credit)
        data["currency"] = call.account.account.currency
    return Reply(data)
