"""Schemathesis hooks for ClickSend v3 (registered when `conformance.schemathesis_hooks` is imported). They add:

- `ClicksendCredentials`: HTTP Basic with CLICKSEND_USERNAME / CLICKSEND_PASSWORD (default: the emulator's demo
  account) on every operation of this API;
- `clicksend_auth_accepted`: valid credentials are never answered 401, so the documented 401 cannot hide broken
  auth.
"""

from __future__ import annotations

import base64
import os

import schemathesis
from schemathesis import AuthContext, Case, CheckContext, Response

from .apis import api_of_operation, for_api


def credentials() -> tuple[str, str]:
    return os.environ.get("CLICKSEND_USERNAME", "demo"), os.environ.get("CLICKSEND_PASSWORD", "demo-password")


def basic_header() -> str:
    username, password = credentials()
    return "Basic " + base64.b64encode(f"{username}:{password}".encode()).decode("ascii")


@schemathesis.auth(refresh_interval=None).apply_to(for_api("clicksend"))
class ClicksendCredentials:
    def get(self, case: Case, context: AuthContext) -> str:
        return basic_header()

    def set(self, case: Case, data: str, context: AuthContext) -> None:
        case.headers = {**(case.headers or {}), "Authorization": data}


@schemathesis.check
def clicksend_auth_accepted(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    if api_of_operation(case.operation) != "clicksend":
        return None
    headers = case.headers or {}
    if str(headers.get("Authorization", "")) == basic_header() and response.status_code == 401:
        raise AssertionError("A request with the account's valid credentials was refused with 401")
    return None
