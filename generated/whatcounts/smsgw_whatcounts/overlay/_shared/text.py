"""Parsers for bare-value response bodies ("true", "42", a URL, "a;b"): strict, with clear errors."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .errors import ResponseFormatError

_INTEGER = re.compile(r"^[0-9]+$")


def parse_bool(operation: str, body: str) -> bool:
    value = body.strip()
    if value == "true":
        return True
    if value == "false":
        return False
    raise ResponseFormatError(operation, f"expected 'true' or 'false', got {_preview(value)}")


def parse_int(operation: str, body: str) -> int:
    value = body.strip()
    if not _INTEGER.match(value):
        raise ResponseFormatError(operation, f"expected a whole number, got {_preview(value)}")
    return int(value)


def parse_url(operation: str, body: str) -> str:
    value = body.strip()
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ResponseFormatError(operation, f"expected an http(s) URL, got {_preview(value)}")
    return value


def parse_pair(operation: str, body: str, separator: str = ";") -> tuple[str, str]:
    """Two non-empty values separated by `separator`. The values are secrets: never echoed."""
    parts = body.strip().split(separator)
    if len(parts) != 2 or not all(parts):
        raise ResponseFormatError(operation, f"expected two values separated by '{separator}'")
    return parts[0], parts[1]


def last_path_segment(operation: str, location: str | None) -> str:
    """The id at the end of a Location header such as `/group/12` or `https://host/API/.../contact/AB12`."""
    if not location:
        raise ResponseFormatError(operation, "the Location header is missing")
    segment = urlsplit(location).path.rstrip("/").rsplit("/", 1)[-1]
    if not segment:
        raise ResponseFormatError(operation, f"no id at the end of Location {_preview(location)}")
    return segment


def _preview(value: str, limit: int = 60) -> str:
    return repr(value if len(value) <= limit else value[:limit] + "...")
