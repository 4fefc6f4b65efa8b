"""Typed errors for WhatCounts, whose failures are `{"error", "status", "statusCode"}` bodies (400 for a malformed
parameter, 401, and 500 for business failures), plus the one documented 500 that is not a failure: a message
created with an undefined label.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from ._shared import errors as _shared
from ._shared.errors import *  # noqa: F403 - the whole shared hierarchy, under this API's name
from ._shared.errors import ApiError, ServerError

if TYPE_CHECKING:
    from .results import Message

__all__ = [
    *_shared.__all__,
    "CommandFailedError",
    "MessageCreatedWithErrorError",
    "error_details",
]


class CommandFailedError(ServerError):
    """500: the command failed; `error` (also `message`) is the service's explanation (e.g. an unknown sender
    code)."""

    @property
    def error(self) -> str:
        return self.message if self.message is not None else self.detail

    @classmethod
    def from_error(cls, error: ApiError) -> CommandFailedError:
        return cls(
            error.operation, error.status, error.detail, code=error.code, message=error.message, headers=error.headers
        )


class MessageCreatedWithErrorError(CommandFailedError):
    """create_message with `label` answered 500, yet the message exists with the text you sent (`message_created`,
    also `created`): the documented case of a label the realm does not define (or, indistinguishably, a message
    of that name and text that existed already). Without `label` that case cannot arise, and a 500 stays a
    plain CommandFailedError."""

    def __init__(self, failed: CommandFailedError, message: Message) -> None:
        super().__init__(
            failed.operation,
            failed.status,
            failed.detail,
            code=failed.code,
            message=failed.message,
            headers=failed.headers,
        )
        self.created = message
        self.args = (
            f"{failed.operation}: HTTP {failed.status}: {failed.error} (but message {message.id} "
            f"{message.name!r} exists)",
        )


def error_details(status: int, content: bytes) -> tuple[str | int | None, str | None]:
    """(statusCode, error) of a WhatCounts error body; (None, None) when it is not one (a proxy's page)."""
    try:
        body = json.loads(content)
    except ValueError:
        return None, None
    if not isinstance(body, dict):
        return None, None
    text, code = body.get("error"), body.get("statusCode")
    return (code if isinstance(code, int | str) else None), (text if isinstance(text, str) else None)
