"""Reading SMSC replies in any of the four formats into plain Python values.

fmt 0 and 1 are read with the layouts the spec gives (layouts.py); fmt 2 is XML and fmt 3 JSON, read here into
dicts, lists and strings. List replies have one record per line (fmt 0/1), `<list><item>` (fmt 2) or a JSON
array.
"""

from __future__ import annotations

import json
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


def lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]
