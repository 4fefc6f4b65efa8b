"""The errors a handler (or the core) raises for an answer the API documents."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class ApiError(Exception):
    """An error answer the API documents: an HTTP status and a message (the body, as the API renders it), and any
    headers the answer needs (Allow, WWW-Authenticate, Retry-After).

    APIs whose error bodies carry their own application code beside the HTTP status (ClickSend's `response_code`:
    INVALID_CREDENTIALS, ACCOUNT_NOT_ACTIVATED, ...) pass it as `code`, and any details as `data`; the API's
    `render_error` decides how to write them (None: the API's default for the status)."""

    def __init__(
        self,
        status: int,
        message: str,
        headers: Mapping[str, str] | None = None,
        *,
        code: str | None = None,
        data: Any = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = dict(headers or {})
        self.code = code
        self.data = data


class InvalidParameter(ApiError):
    """A path or query parameter that is missing (when required) or does not match its schema: 400, unless the
    emulator's `on_invalid` hook turns it into the API's own answer. `name` is the parameter's name."""

    def __init__(self, name: str, message: str) -> None:
        super().__init__(400, message)
        self.name = name


class InvalidBody(ApiError):
    """A request body that breaks its schema: 400. `constraint` names the JSON Schema keyword it breaks
    (`required`, `type`, `pattern`, ...) or None when the body is not there or not JSON at all, so that an API
    with an application code for some of them (ClickSend's MISSING_REQUIRED_FIELDS) can render it."""

    def __init__(self, message: str, constraint: str | None = None) -> None:
        super().__init__(400, message)
        self.constraint = constraint
