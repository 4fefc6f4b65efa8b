"""The SMSC wire protocol as the emulator speaks it: request parameters in, replies in fmt 0-3 out.

Everything here follows the documented layouts (see the description of each operation in specs/smsc.yaml).
The HTTP status is always 200: errors are replies of their own, in the format the request asked for.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl
from xml.sax.saxutils import escape

from starlette.exceptions import HTTPException
from starlette.formparsers import MultiPartException
from starlette.requests import Request
from starlette.responses import Response

from ...spec_index import spec_index
from .layouts import ReplyLayout, error_layout, write

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
    """A successful reply in its fmt 3 shape; the operation's layout gives its other formats."""

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
# fmt 0 and 1 follow the spec's layouts (layouts.py); fmt 2 and 3 write the fmt 3 object as XML or JSON.

_ERROR_LAYOUT = error_layout(spec_index("smsc"))


def _value(value: Any) -> str:
    return "" if value is None else str(value)


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


OK = {"result": "OK"}


def _xml_reply(data: Any, layout: ReplyLayout) -> str:
    if data == OK:  # the documented `<result>OK</result>`, not a record holding a `result` field
        return "<result>OK</result>"
    records = layout.records(data)
    return _xml(records, "list" if isinstance(records, list) else layout.xml_root)


_MEDIA_TYPES = {0: "text/plain", 1: "text/plain", 2: "application/xml", 3: "application/json"}


def render(reply: Reply, layout: ReplyLayout, form: Mapping[str, Any], fmt: int, charset: str) -> Response:
    """A success reply in `fmt`; `form` (the request's fields) chooses among the layout's variants."""
    if fmt == 3:
        body = json.dumps(reply.data, ensure_ascii=False)
    elif fmt == 2:
        body = '<?xml version="1.0" encoding="' + charset + '"?>\n' + _xml_reply(reply.data, layout)
    else:
        body = layout.text(reply.data, fmt, form)
    return _response(body, fmt, charset)


def render_error(error: SmscError, fmt: int, charset: str) -> Response:
    data: dict[str, Any] = {"error": error.description, "error_code": error.code}
    if error.message_id is not None:
        data["id"] = error.message_id
    if fmt == 3:
        body = json.dumps(data, ensure_ascii=False)
    elif fmt == 2:
        body = '<?xml version="1.0" encoding="' + charset + '"?>\n' + _xml(data, "result")
    elif fmt == 1:  # id 0 when the error carries none
        body = write(_ERROR_LAYOUT.fmt1, {**data, "id": error.message_id or 0})
    else:
        body = write(_ERROR_LAYOUT.fmt0, data)
    return _response(body, fmt, charset)


def _response(body: str, fmt: int, charset: str) -> Response:
    content = body.encode(CHARSETS[charset], errors="replace")
    return Response(content, status_code=200, media_type=f"{_MEDIA_TYPES[fmt]}; charset={charset}")
