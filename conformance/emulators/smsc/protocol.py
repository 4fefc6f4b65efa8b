"""The SMSC wire protocol as the emulator speaks it: request parameters in, replies in fmt 0-3 out.

Everything here follows the documented layouts (see the description of each operation in specs/smsc.yaml).
The HTTP status is always 200: errors are replies of their own, in the format the request asked for.
"""

from __future__ import annotations

import codecs
import json
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl
from xml.sax.saxutils import escape

from starlette.exceptions import HTTPException
from starlette.formparsers import MultiPartException
from starlette.requests import Request
from starlette.responses import Response

from ...spec_index import spec_index

# The `charset` values the service knows, each with its Python codec, from the spec (`x-charsets`); the first is
# the one the service assumes when a request names none.
CHARSETS = {str(name): codecs.lookup(str(name)).name for name in spec_index("smsc").info_marker["charsets"]}
DEFAULT_CHARSET = next(iter(CHARSETS))

# Short descriptions, as the real service words them where known; the code is what clients rely on.
DESCRIPTIONS = {
    1: "parameters error",
    2: "authorise error",
    3: "no money",
    4: "IP temporarily blocked",
    5: "operation error",
    6: "message is denied",
    7: "invalid number",
    8: "can't to deliver",
    9: "duplicate request, wait a minute",
}


class SmscError(Exception):
    """An error reply: the documented code, a short description and, for some send errors, the message id."""

    def __init__(self, code: int, description: str | None = None, message_id: int | None = None) -> None:
        super().__init__(description or DESCRIPTIONS[code])
        self.code = code
        self.description = description or DESCRIPTIONS[code]
        self.message_id = message_id


@dataclass
class Reply:
    """A successful reply in its fmt 3 shape; `kind` chooses the fmt 0/1 layout (see `_TEXT`)."""

    kind: str
    data: Any


def _percent_encode_raw(body: bytes) -> str:
    """A form body as ASCII: bytes a client sent without percent-encoding them are encoded here."""
    return re.sub(rb"[\x80-\xff]", lambda match: b"%%%02X" % match.group()[0], body).decode("ascii", "replace")


async def read_parameters(request: Request) -> dict[str, str]:
    """Query and form parameters (the form wins, as PHP's $_REQUEST), decoded with the requested charset.

    The form is `application/x-www-form-urlencoded` or, as the docs allow for uploads, `multipart/form-data`.
    Uploaded files (MMS and e-mail attachments, sender documents) are accepted; their content is not modelled."""
    sources = [request.url.query]
    fields: list[tuple[str, bytes]] = []
    if request.method == "POST":
        if request.headers.get("content-type", "").lower().startswith("multipart/form-data"):
            fields = await _multipart_fields(request)
        else:
            sources.append(_percent_encode_raw(await request.body()))
    # `charset` is ASCII, so it can be read before the charset of everything else is known.
    probe = dict(pair for source in sources for pair in parse_qsl(source, keep_blank_values=True, encoding="latin-1"))
    probe.update((name, value.decode("latin-1")) for name, value in fields)
    codec = CHARSETS.get(probe.get("charset", DEFAULT_CHARSET), CHARSETS[DEFAULT_CHARSET])
    parameters = dict(
        pair
        for source in sources
        for pair in parse_qsl(source, keep_blank_values=True, encoding=codec, errors="replace")
    )
    parameters.update((name, value.decode(codec, "replace")) for name, value in fields)
    return parameters


async def _multipart_fields(request: Request) -> list[tuple[str, bytes]]:
    """The text fields of a multipart body, as bytes (their charset is the request's `charset` field)."""
    # Starlette decodes fields with the header's charset: latin-1 maps bytes to text one to one, so they come back.
    content_type = request.headers["content-type"].split(";")
    boundary = [part for part in content_type[1:] if part.strip().lower().startswith("boundary=")]
    headers = [(k, v) for k, v in request.scope["headers"] if k != b"content-type"]
    header = f"multipart/form-data;{''.join(boundary)}; charset=latin-1".encode("latin-1")
    scope = {**request.scope, "headers": [*headers, (b"content-type", header)]}
    body = await request.body()

    async def receive() -> dict[str, object]:
        return {"type": "http.request", "body": body, "more_body": False}

    try:
        form = await Request(scope, receive).form(max_files=20, max_fields=1000)
    except (MultiPartException, HTTPException):  # malformed: no fields, so the reply is the parameters error
        return []
    fields = [(name, value.encode("latin-1")) for name, value in form.multi_items() if isinstance(value, str)]
    await form.close()
    return fields


def reply_options(parameters: dict[str, str]) -> tuple[int, str]:
    """The fmt and charset to answer in; anything unknown falls back to the defaults (fmt 0, windows-1251)."""
    fmt = int(parameters["fmt"]) if parameters.get("fmt") in ("0", "1", "2", "3") else 0
    charset = parameters.get("charset", DEFAULT_CHARSET)
    return fmt, charset if charset in CHARSETS else DEFAULT_CHARSET


# ---- rendering -------------------------------------------------------------------------------------------


def _value(value: Any) -> str:
    return "" if value is None else str(value)


def _pairs(record: dict[str, Any], rename: dict[str, str] | None = None) -> str:
    rename = rename or {}
    return ", ".join(f"{rename.get(key, key)} = {_value(value)}" for key, value in record.items())


def _values(record: dict[str, Any]) -> str:
    return ",".join(_value(value) for value in record.values())


def _send_text(data: dict[str, Any], fmt: int) -> str:
    extras = [data[key] for key in ("cost", "balance") if key in data]
    if fmt == 0:
        labels = ", ".join(f"{label} - {value}" for label, value in zip(("COST", "BALANCE"), extras, strict=False))
        return f"OK - {data['cnt']} SMS, ID - {data['id']}" + (f", {labels}" if labels else "")
    return ",".join(str(value) for value in (data["id"], data["cnt"], *extras))


# fmt 0 names the status fields differently from fmt 2/3 (`check_time` for `last_date`, `Status`).
_STATUS_FMT0_NAMES = {"status": "Status", "last_date": "check_time"}
# The fields of a status record that each text format carries, in order (the message text comes last in fmt 1,
# unescaped, as the service sends it).
_STATUS_FMT0 = ("status", "last_date", "err", "send_date", "phone", "cost", "sender_id", "status_name")
_STATUS_FMT1 = ("status", "last_timestamp", "err", "send_timestamp", "phone", "cost", "sender_id", "status_name")
_STATUS_REGION = ("country", "operator", "region")


def _status_text(record: dict[str, Any], fmt: int, prefix: tuple[str, ...] = ()) -> str:
    names = _STATUS_FMT0 if fmt == 0 else _STATUS_FMT1
    keys = [*prefix, *(key for key in names if key in record)]
    if "send_date" in record:  # all >= 1
        keys += [key for key in _STATUS_REGION if key in record]
        keys += ["message", "comment", "type"] if fmt == 0 else ["message"]
    selected = {key: record.get(key) for key in keys}
    return _pairs(selected, _STATUS_FMT0_NAMES) if fmt == 0 else _values(selected)


def _balance_text(data: dict[str, Any], fmt: int) -> str:
    values = [data["balance"], *(data[key] for key in ("credit", "currency") if key in data)]
    return (", " if fmt == 0 else ",").join(str(value) for value in values)


def _job_text(data: dict[str, Any], fmt: int) -> str:
    if fmt == 0:
        return f"OK, ID - {data['id']}" + (f", COST - {data['cost']}" if "cost" in data else "")
    return ",".join(str(data[key]) for key in ("id", "cost") if key in data)


def _records_text(records: list[dict[str, Any]], fmt: int) -> str:
    return "\n".join(_pairs(record) if fmt == 0 else _values(record) for record in records)


def _text(reply: Reply, fmt: int) -> str:
    kind, data = reply.kind, reply.data
    if kind == "ok":
        return "OK"
    if kind == "id":
        return f"ID = {data['id']}" if fmt == 0 else str(data["id"])
    if kind == "send":
        return _send_text(data, fmt)
    if kind == "cost":
        return f"OK - {data['cnt']} SMS, COST - {data['cost']}" if fmt == 0 else f"{data['cost']},{data['cnt']}"
    if kind == "status":
        return _status_text(data, fmt)
    if kind == "statuses":  # one record per line: a line break inside a text is written as a space
        return "\n".join(_status_text(_one_line(record), fmt, prefix=("id", "phone")) for record in data)
    if kind == "balance":
        return _balance_text(data, fmt)
    if kind == "job":
        return _job_text(data, fmt)
    if kind == "records":
        return _records_text(data, fmt)
    if kind == "contacts":  # group ids are joined by `;` in the text formats, where `,` would be ambiguous
        return _records_text([{**c, "group": _value(c.get("group")).replace(",", ";")} for c in data], fmt)
    if kind == "record":
        return _pairs(data) if fmt == 0 else _values(data)
    if kind == "zones":
        return _records_text(data["zones"], fmt)
    raise ValueError(f"unknown reply kind {kind!r}")


def _one_line(record: dict[str, Any]) -> dict[str, Any]:
    return {key: " ".join(value.splitlines()) if isinstance(value, str) else value for key, value in record.items()}


# XML 1.0 cannot carry these characters even as references; the emulator writes U+FFFD in their place.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml(value: Any, tag: str) -> str:
    if isinstance(value, dict):
        inner = "".join(_xml(item, key) for key, item in value.items())
    elif isinstance(value, list):
        inner = "".join(_xml(item, "item") for item in value)
    else:
        inner = escape(_NOT_XML.sub("\ufffd", _value(value)))
    return f"<{tag}>{inner}</{tag}>"


def _xml_reply(reply: Reply) -> str:
    if reply.kind == "ok":
        return "<result>OK</result>"
    if reply.kind == "status":
        return _xml(reply.data, "sms")
    if reply.kind == "zones":
        return _xml(reply.data["zones"], "list")
    if isinstance(reply.data, list):
        return _xml(reply.data, "list")
    return _xml(reply.data, "result")


_MEDIA_TYPES = {0: "text/plain", 1: "text/plain", 2: "application/xml", 3: "application/json"}


def render(reply: Reply, fmt: int, charset: str) -> Response:
    if fmt == 3:
        body = json.dumps(reply.data, ensure_ascii=False)
    elif fmt == 2:
        body = '<?xml version="1.0" encoding="' + charset + '"?>\n' + _xml_reply(reply)
    else:
        body = _text(reply, fmt)
    return _response(body, fmt, charset)


def render_error(error: SmscError, fmt: int, charset: str) -> Response:
    data: dict[str, Any] = {"error": error.description, "error_code": error.code}
    if error.message_id is not None:
        data["id"] = error.message_id
    if fmt == 3:
        body = json.dumps(data, ensure_ascii=False)
    elif fmt == 2:
        body = '<?xml version="1.0" encoding="' + charset + '"?>\n' + _xml(data, "result")
    elif fmt == 1:
        body = f"{error.message_id or 0},-{error.code}"
    else:
        suffix = f", ID - {error.message_id}" if error.message_id is not None else ""
        body = f"ERROR = {error.code} ({error.description}){suffix}"
    return _response(body, fmt, charset)


def _response(body: str, fmt: int, charset: str) -> Response:
    content = body.encode(CHARSETS[charset], errors="replace")
    return Response(content, status_code=200, media_type=f"{_MEDIA_TYPES[fmt]}; charset={charset}")
