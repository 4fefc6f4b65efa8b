"""Schemathesis hooks for smSend (registered when `conformance.schemathesis_hooks` is imported). They add:

- `SmsendLogin`: logs in through `GET login` with SMSEND_USERNAME / SMSEND_PASSWORD (default: the
  emulator's demo account) and sends `user_key` + `Session_key` on every authenticated operation;
- the `auth_accepted` check: a request carrying valid keys must never be refused for auth reasons
  (401, or 404 "User_key was not found"), so a documented 401/404 cannot hide broken auth.
"""

from __future__ import annotations

import os
import warnings

import httpx
import schemathesis
from schemathesis import AuthContext, Case, CheckContext, Response

from .apis import api_of_operation, for_api

AUTH_NOT_FOUND_MARKER = "User_key was not found"
UNAUTHENTICATED_OPERATIONS = ["login", "login_with_token"]


def credentials() -> tuple[str, str]:
    return os.environ.get("SMSEND_USERNAME", "username"), os.environ.get("SMSEND_PASSWORD", "password")


def _login(case: Case, context: AuthContext) -> str:
    username, password = credentials()
    params = {"username": username, "password": password}
    if context.app is not None:  # in-process: talk to the ASGI app directly
        with warnings.catch_warnings():  # starlette suggests httpx2; the httpx it ships with works
            warnings.simplefilter("ignore")
            from starlette.testclient import TestClient

        base_path = case.operation.schema.base_path.rstrip("/")
        with TestClient(context.app) as client:
            response = client.get(f"{base_path}/login", params=params)
    else:
        base_url = case.operation.schema.get_base_url().rstrip("/")
        response = httpx.get(f"{base_url}/login", params=params, timeout=30)
    if response.status_code != 200:
        # No credentials in the message: only the status.
        raise RuntimeError(f"smSend login for the conformance run failed with HTTP {response.status_code}")
    return str(response.text)


@(schemathesis.auth(refresh_interval=120).apply_to(for_api("smsend")).skip_for(operation_id=UNAUTHENTICATED_OPERATIONS))
class SmsendLogin:
    """user_key + Session_key from a real login, refreshed before the 5-minute idle expiry."""

    def get(self, case: Case, context: AuthContext) -> str:
        return _login(case, context)

    def set(self, case: Case, data: str, context: AuthContext) -> None:
        user_key, session_key = data.strip().split(";", 1)
        case.headers = {**(case.headers or {}), "user_key": user_key, "Session_key": session_key}


def _sent_valid_keys(case: Case) -> bool:
    headers = case.headers or {}
    return bool(headers.get("user_key")) and bool(headers.get("Session_key") or headers.get("Access_token"))


@schemathesis.check
def auth_accepted(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """Valid keys must authenticate: no 401, and no 404 that says the user key is unknown."""
    operation_id = case.operation.definition.raw.get("operationId")
    if api_of_operation(case.operation) != "smsend" or operation_id in UNAUTHENTICATED_OPERATIONS:
        return None
    if not _sent_valid_keys(case):
        return None
    if response.status_code == 401:
        raise AssertionError("A request with valid user_key/Session_key was refused with 401")
    if response.status_code == 404 and AUTH_NOT_FOUND_MARKER in response.text:
        raise AssertionError("A request with a valid user_key was answered 404 'User_key was not found'")
    return None
