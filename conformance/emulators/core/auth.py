"""Authentication helpers for emulators: HTTP Basic credentials, compared in constant time."""

from __future__ import annotations

import base64
import binascii
import secrets

from starlette.requests import Request


def basic_credentials(request: Request) -> tuple[str, str] | None:
    """The (username, password) of an `Authorization: Basic ...` header, or None when there is none or it is not
    valid base64 of `user:password` in UTF-8."""
    scheme, _, encoded = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "basic" or not encoded:
        return None
    try:
        decoded = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    username, colon, password = decoded.partition(":")
    return (username, password) if colon else None


def same_secret(given: str, expected: str) -> bool:
    """Whether two secrets are equal, in time that does not depend on where they differ."""
    return secrets.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))
