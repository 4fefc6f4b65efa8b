"""Typed errors for ClickSend v3, whose failures are `{"error": "..."}` bodies."""

from __future__ import annotations

import json

from ._shared import errors as _shared
from ._shared.errors import *  # noqa: F403 - the whole shared hierarchy, under this API's name

__all__ = [*_shared.__all__, "error_details"]


def error_details(status: int, content: bytes) -> tuple[str | int | None, str | None]:
    """(code, message) of an error body; (None, None) when it is not one (a proxy's page)."""
    try:
        body = json.loads(content)
    except ValueError:
        return None, None
    text = body.get("error") if isinstance(body, dict) else None
    return None, (text if isinstance(text, str) else None)
