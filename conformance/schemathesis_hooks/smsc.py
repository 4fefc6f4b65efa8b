"""Schemathesis hooks for SMSC, whose replies are always HTTP 200 with any error inside the body.

Status-code checks cannot tell right from wrong here, so schemathesis.toml turns the built-in ones that rely
on error statuses off for `/sys/` and these checks take their place:

- `smsc_valid_request_accepted`: a schema-valid request never gets an error reply, except the codes its
  operation lists in `x-state-errors` (they depend on balance, records, request rate); in particular valid
  credentials always authenticate (never error 2);
- `smsc_invalid_request_rejected`: a request that no action of its command accepts gets an error reply (the
  service chooses the action by its flags, so a request invalid for one action can be valid for another);
- `smsc_reply_layout`: every reply decodes in the requested charset; a fmt 0/1 reply matches the documented text
  pattern, a fmt 2 reply is XML, a fmt 3 reply matches the documented JSON schema: those of the action the
  request's flags select, which for a mutated request can differ from the one it was generated for (so the
  built-in response_schema_conformance is off for SMSC).

`SmscCredentials` adds login + psw (SMSC_LOGIN / SMSC_PASSWORD; default the emulator's demo account) or
SMSC_APIKEY as the query API keys the spec declares; schemathesis.toml masks them in every report.
"""

from __future__ import annotations

import json
import os
import re
from functools import cache
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit
from xml.etree import ElementTree

import jsonschema
import schemathesis
from schemathesis import AuthContext, Case, CheckContext, Response

from conformance.emulators.smsc.actions import Action, load_actions, select
from conformance.emulators.smsc.protocol import CHARSETS, SmscError, reply_options
from conformance.spec_index import SpecIndex, as_json_schema, spec_index

from .apis import for_api

_FMT0_ERROR = re.compile(r"^ERROR = (\d+) \(")
_FMT1_ERROR = re.compile(r"^-?\d+,-(\d+)$")


def is_smsc(case: Case) -> bool:
    return case.path.startswith("/sys/")


def credentials() -> dict[str, str]:
    if os.environ.get("SMSC_APIKEY"):
        return {"apikey": os.environ["SMSC_APIKEY"]}
    return {"login": os.environ.get("SMSC_LOGIN", "demo"), "psw": os.environ.get("SMSC_PASSWORD", "demo-password")}


@schemathesis.auth(refresh_interval=None).apply_to(for_api("smsc"))
class SmscCredentials:
    def get(self, case: Case, context: AuthContext) -> dict[str, str]:
        return credentials()

    def set(self, case: Case, data: dict[str, str], context: AuthContext) -> None:
        case.query = {**(case.query or {}), **data}


def wire_value(value: Any) -> str:
    """A generated value as it goes on the wire in a form or query."""
    if isinstance(value, list):
        return wire_value(value[-1]) if value else ""  # a repeated key: PHP keeps the last one
    if value is None:
        return ""
    return str(value).lower() if isinstance(value, bool) else str(value)


def wire_form(case: Case) -> dict[str, str]:
    """The parameters as the service reads them (query, then the form body, which wins)."""
    sent: dict[str, str] = {}
    for source in (case.query or {}, case.body if isinstance(case.body, dict) else {}):
        sent.update({str(name): wire_value(value) for name, value in source.items()})
    return sent


def sent_form(response: Response, case: Case) -> dict[str, str]:
    """The parameters as they went on the wire (query, then the form body, which wins), decoded in the charset
    they name, as the service decodes them. The case's own values can differ: characters the charset cannot hold
    went as `?`. Falls back to the case when the transport kept no request."""
    request = getattr(response, "request", None)
    url, body = getattr(request, "url", None), getattr(request, "body", None)
    if url is None:
        return wire_form(case)
    raw = body.encode("utf-8") if isinstance(body, str) else body or b""
    query = urlsplit(str(url)).query.encode("ascii", "replace")
    ascii_pairs = parse_qsl(query.decode("ascii") + "&" + raw.decode("latin-1"), keep_blank_values=True)
    _, charset = reply_options(dict(ascii_pairs))
    codec = CHARSETS.get(charset, CHARSETS["windows-1251"])
    sent: dict[str, str] = {}
    for part in (query, raw):
        sent.update(parse_qsl(part.decode("latin-1"), keep_blank_values=True, encoding=codec, errors="replace"))
    return sent


@schemathesis.serializer("application/x-www-form-urlencoded")
def smsc_form(ctx: Any, value: Any) -> bytes | None:
    """Forms encoded in the charset they name (windows-1251 when none), as SMSC decodes them; characters that
    charset cannot hold go as `?`, as a windows-1251 client would send them. (No other API here sends forms.)"""
    if value is None or isinstance(value, bytes):
        return value
    if not isinstance(value, dict):
        return str(value).encode("utf-8")
    _, charset = reply_options({str(k): wire_value(v) for k, v in value.items()})
    pairs = [(str(name), wire_value(item)) for name, item in value.items()]
    return urlencode(pairs, encoding=CHARSETS[charset], errors="replace").encode("ascii")


def error_code(text: str, fmt: int) -> int | None:
    """The error code of an error reply, or None for a success reply."""
    if fmt == 0:
        match = _FMT0_ERROR.match(text)
        return int(match.group(1)) if match else None
    if fmt == 1:
        match = _FMT1_ERROR.match(text)
        return int(match.group(1)) if match else None
    found = re.search(r'"error_code"\s*:\s*(\d+)' if fmt == 3 else r"<error_code>(\d+)</error_code>", text)
    return int(found.group(1)) if found else None


def outcome(case: Case, response: Response) -> str:
    """How the coverage report records an answer: "200" for a success reply, "error N" for an error reply."""
    if response.status_code != 200:
        return str(response.status_code)
    fmt, charset = reply_options(wire_form(case))
    code = error_code(response.content.decode(CHARSETS[charset], "replace"), fmt)
    return f"error {code}" if code is not None else "200"


def reply_text(response: Response, charset: str) -> str:
    try:
        return response.content.decode(CHARSETS[charset])
    except UnicodeDecodeError as error:
        raise AssertionError(f"The reply is not valid {charset} (byte {error.start})") from None


def _spec() -> SpecIndex:
    return spec_index("smsc")


@cache
def _actions() -> dict[str, list[Action]]:
    return load_actions(_spec())


def _command(case: Case) -> str:
    return case.path.split("/sys/", 1)[1].split(".php", 1)[0]


@schemathesis.check
def smsc_valid_request_accepted(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    if not is_smsc(case) or case.meta is None or not case.meta.generation.mode.is_positive:
        return None
    if isinstance(case.body, dict) and any(name in case.body for name in ("login", "psw", "apikey")):
        return None  # generated extra fields named like credentials override the real ones (the form wins)
    fmt, charset = reply_options(wire_form(case))
    code = error_code(reply_text(response, charset), fmt)
    allowed: list[int] = _served_operation(case).get("x-state-errors", [])
    if code == 2:
        raise AssertionError("A valid request with valid credentials got error 2 (authorise error)")
    if code is not None and code not in allowed:
        raise AssertionError(f"A valid request got error {code}; this operation's state errors are {allowed}")
    return None


@schemathesis.check
def smsc_invalid_request_rejected(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    if not is_smsc(case) or case.meta is None or not case.meta.generation.mode.is_negative:
        return None
    form = sent_form(response, case)
    try:
        select(_actions()[_command(case)], form)
        return None  # valid for one of the command's actions: the service may well accept it
    except SmscError:
        pass
    fmt, charset = reply_options(form)
    if error_code(reply_text(response, charset), fmt) is None:
        raise AssertionError("A request no action of this command accepts got a success reply, not error 1")
    return None


def _served_operation(case: Case) -> dict[str, Any]:
    """The operation the service performs for this request: the one its flags select, which for a mutated
    request can differ from the one Schemathesis generated it for (a `del=1` request without `del` is a status
    request). The generated one when no action accepts the request (then the reply is an error)."""
    try:
        action, _ = select(_actions()[_command(case)], wire_form(case))
    except SmscError:
        raw: dict[str, Any] = case.operation.definition.raw
        return raw
    return action.spec


def _reply_schema(operation: dict[str, Any], media_type: str) -> dict[str, Any]:
    """The operation's 200 schema for a media type, $refs inlined, as plain JSON Schema."""
    response: dict[str, Any] = _spec().resolve(operation["responses"]["200"])
    schema: dict[str, Any] = as_json_schema(response.get("content", {}).get(media_type, {}).get("schema", {}))
    return schema


@schemathesis.check
def smsc_reply_layout(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    if not is_smsc(case) or response.status_code != 200:
        return None
    fmt, charset = reply_options(wire_form(case))
    text = reply_text(response, charset)
    operation = _served_operation(case)
    name = operation["operationId"]
    if fmt in (0, 1):
        pattern = _reply_schema(operation, "text/plain").get("pattern")
        if pattern is not None and not re.fullmatch(pattern, text):
            raise AssertionError(f"The fmt {fmt} reply does not match the layout {name} documents")
    elif fmt == 2:
        try:
            ElementTree.fromstring(text)
        except ElementTree.ParseError as error:
            raise AssertionError(f"The fmt 2 reply is not XML: {error}") from None
    else:
        try:
            jsonschema.validate(json.loads(text), _reply_schema(operation, "application/json"))
        except ValueError as error:
            raise AssertionError(f"The fmt 3 reply is not JSON: {error}") from None
        except jsonschema.ValidationError as error:
            problem = f"The fmt 3 reply does not match the schema {name} documents: {error.message}"
            raise AssertionError(problem) from None
    return None
