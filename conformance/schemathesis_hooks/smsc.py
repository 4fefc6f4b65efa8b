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
SMSC_APIKEY to the form body, never to the query string. The docs let every command take its parameters from a
GET query or a POST form (`application/x-www-form-urlencoded`), and the spec models every operation as such a
POST; a URL ends up in access logs and proxies, a body does not. (The spec declares the credentials as query API
keys only because OpenAPI has no "form field" location for them.) The undeclared-method probes (a GET with the
form as its body) carry them in the body too, where the service reads nothing: they get error 2 or a 405, never
credentials in a URL. Schemathesis masks query values by key but never looks inside a body, so
scripts/run_conformance.py scrubs the credentials from the output and the reports of a CLI run.
"""

from __future__ import annotations

import json
import os
import re
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit
from xml.etree import ElementTree

import jsonschema
import schemathesis
from schemathesis import AuthContext, Case, CheckContext, Response
from schemathesis.core import NotSet

from conformance.spec_index import SpecIndex, as_json_schema, spec_index

from .apis import for_api
from .smsc_requests import accepting_action, charsets, credential_fields, default_charset, reply_options

FORM = "application/x-www-form-urlencoded"
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
        if isinstance(case.body, NotSet):  # no body generated (get_balance's is optional): a form of its own
            case.media_type = case.media_type or FORM
        case.body = with_credentials(case.body, data)


def with_credentials(body: Any, credentials: dict[str, str]) -> Any:
    """The form body with the credentials in it. Generated fields of the same names stay (the form's own
    values win, as they did over credentials in the query). A body that is not a form (a negative case: a
    string, an array) keeps its text as generated, and the credentials follow it as form fields of their own,
    so the service still reads them from the body."""
    if body is None or isinstance(body, NotSet):
        return dict(credentials)
    if isinstance(body, dict):
        return {**credentials, **body}
    fields = urlencode(list(credentials.items()))
    if isinstance(body, bytes):
        return body + b"&" + fields.encode("ascii")
    return f"{body}&{fields}"


def wire_value(value: Any) -> str:
    """A generated value as it goes on the wire in a form or query."""
    if isinstance(value, list):
        return wire_value(value[-1]) if value else ""  # a repeated key: PHP keeps the last one
    if value is None:
        return ""
    return str(value).lower() if isinstance(value, bool) else str(value)


def wire_form(case: Case) -> dict[str, str]:
    """The parameters as the service reads them (query, then the form body, which wins; a body only with POST,
    as PHP reads one: a GET probe's body, credentials and all, goes unread)."""
    form = case.body if isinstance(case.body, dict) and str(case.method).upper() == "POST" else {}
    sent: dict[str, str] = {}
    for source in (case.query or {}, form):
        sent.update({str(name): wire_value(value) for name, value in source.items()})
    return sent


def sent_form(response: Response, case: Case) -> dict[str, str]:
    """The parameters as they went on the wire (query, then the form body, which wins; a body only with POST),
    decoded in the charset they name, as the service decodes them. The case's own values can differ: characters
    the charset cannot hold went as `?`. Falls back to the case when the transport kept no request."""
    request = getattr(response, "request", None)
    url, body = getattr(request, "url", None), getattr(request, "body", None)
    if url is None:
        return wire_form(case)
    if str(getattr(request, "method", "POST")).upper() != "POST":
        body = None
    raw = body.encode("utf-8") if isinstance(body, str) else body or b""
    query = urlsplit(str(url)).query.encode("ascii", "replace")
    ascii_pairs = parse_qsl(query.decode("ascii") + "&" + raw.decode("latin-1"), keep_blank_values=True)
    _, charset = reply_options(dict(ascii_pairs))
    codec = charsets().get(charset, charsets()[default_charset()])
    sent: dict[str, str] = {}
    for part in (query, raw):
        sent.update(parse_qsl(part.decode("latin-1"), keep_blank_values=True, encoding=codec, errors="replace"))
    return sent


@schemathesis.serializer(FORM)
def smsc_form(ctx: Any, value: Any) -> bytes | None:
    """Forms encoded in the charset they name (windows-1251 when none), as SMSC decodes them; characters that
    charset cannot hold go as `?`, as a windows-1251 client would send them. (No other API here sends forms.)"""
    if value is None or isinstance(value, bytes):
        return value
    if not isinstance(value, dict):
        return str(value).encode("utf-8")
    _, charset = reply_options({str(k): wire_value(v) for k, v in value.items()})
    pairs = [(str(name), wire_value(item)) for name, item in value.items()]
    return urlencode(pairs, encoding=charsets()[charset], errors="replace").encode("ascii")


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
    code = error_code(response.content.decode(charsets()[charset], "replace"), fmt)
    return f"error {code}" if code is not None else "200"


def reply_text(response: Response, charset: str) -> str:
    try:
        return response.content.decode(charsets()[charset])
    except UnicodeDecodeError as error:
        raise AssertionError(f"The reply is not valid {charset} (byte {error.start})") from None


def _spec() -> SpecIndex:
    return spec_index("smsc")


def _command(case: Case) -> str:
    return case.path.split("/sys/", 1)[1].split(".php", 1)[0]


@schemathesis.check
def smsc_valid_request_accepted(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    if not is_smsc(case) or case.meta is None or not case.meta.generation.mode.is_positive:
        return None
    if has_generated_credentials(case):
        return None  # generated extra fields named like credentials override the real ones (the form wins)
    fmt, charset = reply_options(wire_form(case))
    code = error_code(reply_text(response, charset), fmt)
    allowed: list[int] = _served_operation(case).get("x-state-errors", [])
    if code == 2:
        raise AssertionError("A valid request with valid credentials got error 2 (authorise error)")
    if code is not None and code not in allowed:
        raise AssertionError(f"A valid request got error {code}; this operation's state errors are {allowed}")
    return None


def has_generated_credentials(case: Case) -> bool:
    """Whether the form has a credential field that is not the run's own (a generated extra field)."""
    body = case.body if isinstance(case.body, dict) else {}
    own = credentials()
    return any(name in body and wire_value(body[name]) != own.get(name) for name in credential_fields())


@schemathesis.check
def smsc_invalid_request_rejected(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    if not is_smsc(case) or case.meta is None or not case.meta.generation.mode.is_negative:
        return None
    if response.status_code != 200:
        return None  # refused before any reply (405 to a method the service does not take): rejected
    form = sent_form(response, case)
    if accepting_action(_command(case), form) is not None:
        return None  # valid for one of the command's actions: the service may well accept it
    fmt, charset = reply_options(form)
    if error_code(reply_text(response, charset), fmt) is None:
        raise AssertionError("A request no action of this command accepts got a success reply, not error 1")
    return None


def _served_operation(case: Case) -> dict[str, Any]:
    """The operation the service performs for this request: the one its flags select, which for a mutated
    request can differ from the one Schemathesis generated it for (a `del=1` request without `del` is a status
    request). The generated one when no action accepts the request (then the reply is an error)."""
    action = accepting_action(_command(case), wire_form(case))
    if action is None:
        raw: dict[str, Any] = case.operation.definition.raw
        return raw
    return action.raw


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
