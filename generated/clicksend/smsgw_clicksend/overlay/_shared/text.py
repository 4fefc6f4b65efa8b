"""Parsers for bare-value answers ("true", "42", a URL, "a;b", a Location header): strict, with clear errors.

They raise `Malformed`, which `call` reports as ResponseFormatError naming the operation.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .errors import Malformed

_INTEGER = re.compile(r"^[0-9]+$")


def parse_bool(body: str) -> bool:
    value = body.strip()
    if value == "true":
        return True
    if value == "false":
        return False
    raise Malformed(f"expected 'true' or 'false', got {preview(value)}")


def parse_int(body: str) -> int:
    value = body.strip()
    if not _INTEGER.match(value):
        raise Malformed(f"expected a whole number, got {preview(value)}")
    return int(value)


def parse_url(body: str) -> str:
    value = body.strip()
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise Malformed(f"expected an http(s) URL, got {preview(value)}")
    return value


def parse_pair(body: str, separator: str = ";") -> tuple[str, str]:
    """Two non-empty values separated by `separator`. The values are secrets: never echoed."""
    parts = body.strip().split(separator)
    if len(parts) != 2 or not all(parts):
        raise Malformed(f"expected two values separated by '{separator}'")
    return parts[0], parts[1]


def last_path_segment(location: str | None) -> str:
    """The id at the end of a Location header such as `/group/12` or `https://host/API/.../contact/AB12`."""
    if not location:
        raise Malformed("the Location header is missing")
    segment = urlsplit(location).path.rstrip("/").rsplit("/", 1)[-1]
    if not segment:
        raise Malformed(f"no id at the end of Location {preview(location)}")
    return segment


def preview(value: str, limit: int = 60) -> str:
    return repr(value if len(value) <= limit else value[:limit] + "...")
