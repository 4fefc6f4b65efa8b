"""Answers handlers return, and the default rendering of an ApiError (a plain-text body)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from starlette.responses import JSONResponse, PlainTextResponse, Response

from .errors import ApiError

# How an API writes an ApiError: plain text (smSend), a JSON error object (WhatCounts), ...
ErrorRenderer = Callable[[ApiError], Response]


def text(body: str, status: int = 200) -> Response:
    return PlainTextResponse(body, status_code=status)


def json_body(body: Any, status: int = 200) -> Response:
    return JSONResponse(body, status_code=status)


def empty(status: int = 200, location: str | None = None) -> Response:
    headers = {"Location": location} if location is not None else None
    return Response(status_code=status, headers=headers)


def plain_error(error: ApiError) -> Response:
    """The default error rendering: the message as a plain-text body."""
    return PlainTextResponse(error.message, status_code=error.status, headers=error.headers or None)
