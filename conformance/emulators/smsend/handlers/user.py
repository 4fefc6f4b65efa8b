"""Authentication and User API: login, token, dashboard, checksession, pwdreset, status."""

from __future__ import annotations

from starlette.responses import Response

from ...core import Call, json_body, text
from .. import auth
from ..state import AccountState, Store
from . import operation

# Internal ids of the message types, answered when typeAliases is not "true" (kept for backward compatibility).
MESSAGE_TYPE_IDS = {"N": 1, "L": 2, "LL": 3}


@operation("login")
def login(store: Store, call: Call[None, None]) -> Response:
    return text(auth.log_in(store, call.query["username"], call.query["password"], token=False))


@operation("login_with_token")
def login_with_token(store: Store, call: Call[None, None]) -> Response:
    return text(auth.log_in(store, call.query["username"], call.query["password"], token=True))


@operation("get_dashboard")
def get_dashboard(store: Store, call: Call[None, AccountState]) -> Response:
    account = call.principal
    # The shape the vendor's sample shows: a one-time link into the web dashboard (double slash included).
    query = f"k={account.user_key}&action=FC&action-params=dashboard"
    link = f"{call.request.base_url}API/v1.0/REST//s/user/external-auth?{query}"
    return text(link)


@operation("check_session")
def check_session(store: Store, call: Call[None, AccountState]) -> Response:
    account = call.principal
    if call.request.headers.get(auth.ACCESS_TOKEN_HEADER) in account.tokens:
        return text("true")
    session_key = call.request.headers.get(auth.SESSION_KEY_HEADER, "")
    return text("true" if auth.session_alive(store, account, session_key) else "false")


@operation("reset_password")
def reset_password(store: Store, call: Call[None, AccountState]) -> Response:
    account = call.principal
    new_password: str = call.query["password"]
    if new_password == account.password:
        return text("false")  # nothing changed
    account.password = new_password
    return text("true")


@operation("get_user_status")
def get_user_status(store: Store, call: Call[None, AccountState]) -> Response:
    account = call.principal
    names = call.query.get("typeAliases") == "true"
    per_type = {"N": account.sms_credits, "L": account.sms_credits * 2, "LL": account.sms_credits * 3}
    status = {
        "money": round(account.money, 2) if call.query.get("getMoney") == "true" else None,
        "sms": [{"type": t if names else MESSAGE_TYPE_IDS[t], "quantity": q} for t, q in per_type.items()],
        "email": {"bandwidth": 100.0, "purchased": "20260101000000", "billing": "MONTHLY", "expiry": "20271231235959"},
        "landing": None,
    }
    return json_body(status)
