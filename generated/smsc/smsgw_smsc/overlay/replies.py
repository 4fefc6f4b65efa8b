"""Reading SMSC replies in any of the four formats into plain Python values.

fmt 0 is `key = value` (or `KEY - value`) pairs joined by `, `, fmt 1 values joined by `,`, fmt 2 XML, fmt 3
JSON; list replies have one record per line (fmt 0/1), `<list><item>` (fmt 2) or a JSON array. Values are not
escaped by the service, so text parsers split on the *known* keys and field counts of each reply, and give the
last field the rest of the line (where the service puts message texts, which may hold commas).
"""

from __future__ import annotations

import json
import re
from typing import Any
from xml.etree import ElementTree

from .auth import CHARSETS


class ReplyError(ValueError):
    """The reply does not have the documented shape (the overlay turns it into ResponseFormatError)."""


def decode(content: bytes, charset: str) -> str:
    """The reply text, decoded with the charset the request asked for (the service answers in it)."""
    try:
        return content.decode(CHARSETS[charset]).strip("\r\n")
    except UnicodeDecodeError as error:
        raise ReplyError(f"the reply is not valid {charset} (byte {error.start})") from None


ErrorReply = tuple[int, str, int | None]  # code, description, message id
_FMT0_ERROR = re.compile(r"^ERROR = (\d+) \((.*)\)(?:, ID - (\d+))?$")
_FMT1_ERROR = re.compile(r"^(\d+),-(\d+)$")


def error_in(text: str, fmt: int) -> ErrorReply | None:
    """The error a reply reports, or None when it is a success reply."""
    if fmt == 0:
        match = _FMT0_ERROR.match(text)
        if match:
            return int(match.group(1)), match.group(2), int(match.group(3)) if match.group(3) else None
    elif fmt == 1:
        match = _FMT1_ERROR.match(text)
        if match:
            return int(match.group(2)), "", int(match.group(1)) or None
    elif fmt in (2, 3):
        value = structured(text, fmt)
        if isinstance(value, dict) and "error_code" in value:
            try:
                code = int(value["error_code"])
                message_id: int | None = int(value["id"]) if value.get("id") not in (None, "") else None
            except (TypeError, ValueError):
                raise ReplyError("an error reply with a non-numeric code or id") from None
            return code, str(value.get("error", "")), message_id
    return None


def structured(text: str, fmt: int) -> Any:
    """A fmt 2 (XML) or fmt 3 (JSON) reply as dicts, lists and strings (JSON keeps its own types)."""
    if fmt == 3:
        try:
            return json.loads(text)
        except ValueError as error:
            raise ReplyError(f"not JSON: {error}") from None
    try:
        root = ElementTree.fromstring(text)
    except ElementTree.ParseError as error:
        raise ReplyError(f"not XML: {error}") from None
    return _element(root)


def _element(element: ElementTree.Element) -> Any:
    children = list(element)
    if not children:
        return (element.text or "").strip()
    if element.tag == "list" or all(child.tag == "item" for child in children):
        return [_element(child) for child in children]
    return {child.tag: _element(child) for child in children}


def pairs(line: str, keys: tuple[str, ...], separator: str = " = ") -> dict[str, str]:
    """A fmt 0 record: `key = value` pairs for the known `keys` (a value may contain `, `)."""
    alternatives = "|".join(re.escape(key) for key in keys)
    # The separator's trailing space is gone when the last value is empty and the line was stripped.
    marker = re.compile(rf"(?:^|, )({alternatives}){re.escape(separator.rstrip())}(?: |$)")
    found = list(marker.finditer(line))
    if not found or found[0].start() != 0:
        raise ReplyError(f"expected a record of {', '.join(keys)}")
    record: dict[str, str] = {}
    for match, following in zip(found, [*found[1:], None], strict=True):
        end = following.start() if following else len(line)
        record[match.group(1)] = line[match.end() : end]
    return record


def values(line: str, keys: tuple[str, ...], free: str | None = None, optional_tail: int = 0) -> dict[str, str]:
    """A fmt 1 record: the values of `keys` in order. The `free` field (free text, which the service does not
    escape) takes whatever commas the line has beyond the other fields; `optional_tail` trailing values may be
    missing. With commas in more than one field a record cannot be read: a clear error, never shifted values."""
    parts = line.split(",")
    if free is not None and len(parts) > len(keys):
        at = keys.index(free)
        after = len(keys) - at - 1
        parts = [*parts[:at], ",".join(parts[at : len(parts) - after]), *parts[len(parts) - after :]]
    if len(parts) > len(keys):
        raise ReplyError(
            f"{len(parts)} comma-separated values for {len(keys)} fields: a value holds a comma, which fmt 1 does not "
            "escape, so the record is ambiguous (use fmt 0, 2 or 3)"
        )
    if len(parts) < len(keys) - optional_tail:
        raise ReplyError(f"expected {len(keys)} comma-separated values, got {len(parts)}")
    return dict(zip(keys, parts, strict=False))


def lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]
