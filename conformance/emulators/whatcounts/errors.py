"""WhatCounts error answers: `{"error": "<text>", "status": "<HTTP reason phrase>", "statusCode": <int>}`."""

from __future__ import annotations

from http import HTTPStatus

from starlette.responses import JSONResponse, Response

from ..core import ApiError


def reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def render_error(error: ApiError) -> Response:
    """The documented error body for any ApiError (the core's `render_error`), with the error's headers."""
    body = {"error": error.message, "status": reason(error.status), "statusCode": error.status}
    return JSONResponse(body, status_code=error.status, headers=error.headers or None)


def failed(message: str) -> ApiError:
    """A business failure, answered 500 as the docs show."""
    return ApiError(500, message)
