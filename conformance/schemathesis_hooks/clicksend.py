"""Schemathesis hooks for ClickSend v3 (registered when `conformance.schemathesis_hooks` is imported). They add:

- `ClicksendCredentials`: HTTP Basic `api_username:api_key` with CLICKSEND_USERNAME / CLICKSEND_API_KEY (default:
  the emulator's demo account, `demo` / `demo-api-key`) on every operation of this API (the five without
  security ignore it);
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
    return os.environ.get("CLICKSEND_USERNAME", "demo"), os.environ.get("CLICKSEND_API_KEY", "demo-api-key")


def basic_header() -> str:
    username, api_key = credentials()
    return "Basic " + base64.b64encode(f"{username}:{api_key}".encode()).decode("ascii")


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
