"""Schemathesis hooks for ClickSend v3 (registered when `conformance.schemathesis_hooks` is imported). They add:

- `ClicksendCredentials`: HTTP Basic `api_username:api_key` with CLICKSEND_USERNAME / CLICKSEND_API_KEY (default:
  the emulator's demo account, `demo` / `demo-api-key`) on every operation of this API (the five without
  security ignore it);
- `clicksend_envelope`: every answer is the envelope `{http_code, response_code, response_msg, data}`, with
  `http_code` the HTTP status and `response_code` SUCCESS exactly when the status is 2xx; an error's code is one
  the docs list (`info.x-application-codes`, or the status's name in `info.x-status-codes`);
- `clicksend_auth_accepted`: the run's valid credentials are never refused for auth: never 401, and 403 only for
  a documented reason that is not the credentials: ACCOUNT_NOT_ACTIVATED on an operation that sends or spends
  (`x-spends-credit`: an account must be verified before it sends), or FORBIDDEN where the operation gives the
  reason (`x-forbidden`: the main subaccount cannot be deleted). A banned account (403 FORBIDDEN on every call,
  as the `banned` test account shows) fails here: with such credentials no run can show conformance;
- `clicksend_message_statuses`: every message of a 2xx answer with per-message statuses (`data.messages[].status`
  in the spec's schema: Send and Calculate Price of SMS, MMS and voice) has one of the documented application
  codes (`info.x-application-codes`; the docs: "Refer to Application Status Codes for the possible response
  message status strings"). Campaign sends and prices answer the campaign, without per-message statuses.

Every fact comes from specs/clicksend.yaml through the spec index, never from the emulator: these checks also
judge the live API. (live_sends.py, beside this module, makes a live run's sends go to the test numbers only.)
"""

from __future__ import annotations

import base64
import json
import os
from functools import cache
from typing import Any

import schemathesis
from schemathesis import AuthContext, Case, CheckContext, Response

from conformance.spec_index import SpecIndex, SpecOperation, spec_index

from .apis import api_of_operation, for_api

ENVELOPE_FIELDS = ("http_code", "response_code", "response_msg", "data")


def _spec() -> SpecIndex:
    return spec_index("clicksend")


def is_clicksend(case: Case) -> bool:
    return api_of_operation(case.operation) == "clicksend"


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


@cache
def application_codes() -> frozenset[str]:
    """The docs' Application Status Codes (`info.x-application-codes`), SUCCESS among them."""
    return frozenset(str(code) for code in _spec().info_marker["application-codes"])


@cache
def status_codes() -> dict[int, str]:
    """The docs' Status Codes table (`info.x-status-codes`): each HTTP status with its `response_code`."""
    return {int(status): str(code) for status, code in _spec().info_marker["status-codes"].items()}


def error_codes() -> frozenset[str]:
    """The codes an error answer may carry: an application code or a status's name, never SUCCESS."""
    return (application_codes() | frozenset(status_codes().values())) - {"SUCCESS"}


def _operation(case: Case) -> SpecOperation:
    return _spec().operation(str(case.operation.definition.raw.get("operationId")))


def envelope(response: Response) -> dict[str, Any]:
    """The answer's envelope; AssertionError when it is not one (never quoting the body: it may hold secrets)."""
    try:
        body = json.loads(response.content)
    except ValueError:
        raise AssertionError(
            f"A {response.status_code} answer that is not JSON (every answer is the envelope)"
        ) from None
    if not isinstance(body, dict):
        raise AssertionError(f"A {response.status_code} answer that is JSON but not an object (not the envelope)")
    missing = [field for field in ENVELOPE_FIELDS if field not in body]
    if missing:
        raise AssertionError(f"A {response.status_code} answer without the envelope's {', '.join(missing)}")
    return body


@schemathesis.check
def clicksend_envelope(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    if not is_clicksend(case):
        return None
    body = envelope(response)
    status, http_code, code = response.status_code, body["http_code"], body["response_code"]
    if not isinstance(http_code, int) or isinstance(http_code, bool) or http_code != status:
        raise AssertionError(f"A {status} answer whose envelope says http_code {http_code!r}")
    if not isinstance(code, str):
        raise AssertionError(f"A {status} answer whose response_code is not a string")
    if not isinstance(body["response_msg"], str):
        raise AssertionError(f"A {status} answer whose response_msg is not a string")
    if 200 <= status < 300 and code != "SUCCESS":
        raise AssertionError(f"A {status} answer whose response_code is {code!r}, not SUCCESS")
    if not 200 <= status < 300 and code not in error_codes():
        problem = "SUCCESS" if code == "SUCCESS" else "none of the documented codes"
        raise AssertionError(f"A {status} answer whose response_code {code!r} is {problem}")
    return None


def response_code(response: Response) -> str | None:
    try:
        body = json.loads(response.content)
    except ValueError:
        return None
    code = body.get("response_code") if isinstance(body, dict) else None
    return code if isinstance(code, str) else None


def documented_refusal(operation: SpecOperation, code: str | None) -> bool:
    """Whether a 403 to valid credentials has a documented reason other than the credentials."""
    if code == "ACCOUNT_NOT_ACTIVATED":
        return operation.spends_credit
    return code == "FORBIDDEN" and bool(operation.marker("forbidden"))


@schemathesis.check
def clicksend_auth_accepted(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    if not is_clicksend(case):
        return None
    headers = case.headers or {}
    if str(headers.get("Authorization", "")) != basic_header():
        return None
    if response.status_code == 401:
        raise AssertionError("A request with the account's valid credentials was refused with 401")
    code = response_code(response)
    if response.status_code == 403 and not documented_refusal(_operation(case), code):
        raise AssertionError(
            f"A request with the account's valid credentials was refused with 403 {code}, for no reason this "
            "operation documents (ACCOUNT_NOT_ACTIVATED on sends, FORBIDDEN where x-forbidden says why)"
        )
    return None


def _properties(schema: Any) -> dict[str, Any]:
    """The properties of a resolved object schema, its `allOf` parts' included."""
    if not isinstance(schema, dict):
        return {}
    found = dict(schema.get("properties") or {})
    for part in schema.get("allOf") or []:
        found.update(_properties(part))
    return found


@cache
def message_status_operations() -> frozenset[str]:
    """The operations whose 2xx answer has `data.messages[].status` in the spec's schema."""
    spec, found = _spec(), set()
    for operation in spec.operations:
        for status, response in (operation.raw.get("responses") or {}).items():
            if not str(status).startswith("2"):
                continue
            media = spec.resolve(response).get("content", {}).get("application/json", {})
            messages = _properties(_properties(media.get("schema")).get("data")).get("messages") or {}
            if "status" in _properties(messages.get("items")):
                found.add(operation.operation_id)
    return frozenset(found)


@schemathesis.check
def clicksend_message_statuses(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    if not is_clicksend(case) or not 200 <= response.status_code < 300:
        return None
    if _operation(case).operation_id not in message_status_operations():
        return None
    data = envelope(response)["data"]
    messages = data.get("messages") if isinstance(data, dict) else None
    if not isinstance(messages, list):
        return None  # not the documented shape: response_schema_conformance says so
    for index, message in enumerate(messages):
        status = message.get("status") if isinstance(message, dict) else None
        if not isinstance(status, str) or status not in application_codes():
            raise AssertionError(
                f"data.messages[{index}].status is {status!r}, not one of the documented application codes"
            )
    return None
