"""Schemathesis hooks for WhatCounts (registered when `conformance.schemathesis_hooks` is imported). They add:

- `WhatCountsCredentials`: HTTP Basic `realm:apiPassword` (WHATCOUNTS_REALM / WHATCOUNTS_PASSWORD; default the
  emulator's demo realm) and the vendor `Accept: application/vnd.whatcounts-v1+json` on every request;
- `whatcounts_auth_accepted`: valid credentials are never answered 401, so the documented 401 cannot hide
  broken auth;
- `whatcounts_failure_is_documented`: WhatCounts answers business failures with 500 and an
  `{"error", "status", "statusCode"}` body, so schemathesis.toml lets a 500 through for these operations; this
  check makes sure every 500 is such a documented failure, not a crash.
"""

from __future__ import annotations

import base64
import json
import os

import schemathesis
from schemathesis import AuthContext, Case, CheckContext, Response

from .apis import api_of_operation, for_api

VENDOR_MEDIA_TYPE = "application/vnd.whatcounts-v1+json"


def is_whatcounts(case: Case) -> bool:
    return api_of_operation(case.operation) == "whatcounts"


def credentials() -> tuple[str, str]:
    return os.environ.get("WHATCOUNTS_REALM", "demo"), os.environ.get("WHATCOUNTS_PASSWORD", "demo-password")


@schemathesis.auth(refresh_interval=None).apply_to(for_api("whatcounts"))
class WhatCountsCredentials:
    def get(self, case: Case, context: AuthContext) -> str:
        realm, password = credentials()
        return base64.b64encode(f"{realm}:{password}".encode()).decode("ascii")

    def set(self, case: Case, data: str, context: AuthContext) -> None:
        case.headers = {**(case.headers or {}), "Authorization": f"Basic {data}", "Accept": VENDOR_MEDIA_TYPE}


@schemathesis.check
def whatcounts_auth_accepted(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    headers = case.headers or {}
    if not is_whatcounts(case) or not str(headers.get("Authorization", "")).startswith("Basic "):
        return None
    realm, password = credentials()
    expected = base64.b64encode(f"{realm}:{password}".encode()).decode("ascii")
    if headers["Authorization"] == f"Basic {expected}" and response.status_code == 401:
        raise AssertionError("A request with the realm's valid credentials was refused with 401")
    return None


@schemathesis.check
def whatcounts_failure_is_documented(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    if not is_whatcounts(case) or response.status_code < 500:
        return None
    try:
        body = json.loads(response.content)
    except ValueError:
        raise AssertionError("A 5xx answer without the documented JSON error body (a crash?)") from None
    if not isinstance(body, dict) or not isinstance(body.get("error"), str) or body.get("statusCode") != 500:
        raise AssertionError("A 5xx answer whose body is not {error, status, statusCode: 500}")
    return None
