"""The errors a handler (or the core) raises for an answer the API documents."""

from __future__ import annotations

from collections.abc import Mapping


class ApiError(Exception):
    """An error answer the API documents: an HTTP status and a message (the body, as the API renders it), and any
    headers the answer needs (Allow, WWW-Authenticate)."""

    def __init__(self, status: int, message: str, headers: Mapping[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = dict(headers or {})


class InvalidParameter(ApiError):
    """A path or query parameter that is missing (when required) or does not match its schema: 400, unless the
    emulator's `on_invalid` hook turns it into the API's own answer. `name` is the parameter's name."""

    def __init__(self, name: str, message: str) -> None:
        super().__init__(400, message)
        self.name = name
