"""Typed errors for WhatCounts, whose failures are `{"error", "status", "statusCode"}` bodies (400 for a malformed
parameter, 401, and 500 for business failures), plus the one documented 500 that is not a failure: a message
created with an undefined label.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from ._shared.errors import (
    ApiError,
    BadRequestError,
    GatewayError,
    ResponseFormatError,
    ServerError,
    UnauthorizedError,
    error_for_status,
)

if TYPE_CHECKING:
    from .results import Message

__all__ = [
    "ApiError",
    "BadRequestError",
    "CommandFailedError",
    "GatewayError",
    "MessageCreatedWithErrorError",
    "ResponseFormatError",
    "ServerError",
    "UnauthorizedError",
    "error_from_answer",
]


class CommandFailedError(ServerError):
    """500: the command failed; `error` is the service's explanation (e.g. an unknown sender code)."""

    def __init__(self, operation: str, status: int, error: str) -> None:
        super().__init__(operation, status, error)
        self.error = error


class MessageCreatedWithErrorError(CommandFailedError):
    """create_message with `label` answered 500, yet the message exists with the text you sent (`message`): the
    documented case of a label the realm does not define (or, indistinguishably, a message of that name and text
    that existed already). Without `label` that case cannot arise, and a 500 stays a plain CommandFailedError."""

    def __init__(self, operation: str, status: int, error: str, message: Message) -> None:
        super().__init__(operation, status, error)
        self.message = message
        self.args = (f"{operation}: HTTP {status}: {error} (but message {message.id} {message.name!r} exists)",)


def error_text(detail: str) -> str:
    """The `error` of a WhatCounts error body, or the body itself when it is not one (a proxy's page)."""
    try:
        body = json.loads(detail)
    except ValueError:
        return detail
    text = body.get("error") if isinstance(body, dict) else None
    return text if isinstance(text, str) else detail


def error_from_answer(error: ApiError) -> ApiError:
    """The WhatCounts error for an error answer the shared call wrapper raised."""
    text = error_text(error.detail)
    if error.status == 500:
        return CommandFailedError(error.operation, error.status, text)
    return error_for_status(error.operation, error.status, text)
