"""Errors the generated API functions raise (ours: openapi-python-client's UnexpectedStatus, plus ErrorStatus and
MalformedResponse), and Malformed, which the overlay's readers raise. The overlay turns them into its typed
errors; none of them holds the request."""

import json

import httpx


class ErrorStatus(Exception):
    """The server answered with an error status (4xx or 5xx, documented or not, known to HTTPStatus or not)."""

    def __init__(self, status_code: int, content: bytes, headers: httpx.Headers):
        self.status_code = status_code
        self.content = content
        self.headers = headers
        super().__init__(f"HTTP {status_code}")


class UnexpectedStatus(Exception):
    """The server answered with a success status the API does not document."""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content
        super().__init__(f"Unexpected status code: {status_code}")


class MalformedResponse(Exception):
    """A documented success status whose body does not have the documented shape. The body is kept for the
    overlay (an API may report a failure inside a success status); the message never quotes it."""

    def __init__(
        self, problem: str, status_code: int = 200, content: bytes = b"", headers: httpx.Headers | None = None
    ):
        self.status_code = status_code
        self.content = content
        self.headers = headers if headers is not None else httpx.Headers()
        super().__init__(problem)


class Malformed(ValueError):
    """Raised by the overlay's readers (its converters, the typed results) for an answer they cannot read; `call`
    turns it into ResponseFormatError naming the operation. It lives here, outside the overlay, so that the
    typed results import without the overlay."""


def malformed(error: Exception, response: httpx.Response) -> MalformedResponse:
    """What a parse failure says: the missing field, or where the JSON broke; never a value of the body (the
    message of a ValueError can quote one)."""
    if isinstance(error, KeyError):
        problem = f"no field {error}"
    elif isinstance(error, json.JSONDecodeError):
        problem = f"not JSON ({error.msg} at character {error.pos})"
    else:
        problem = f"{type(error).__name__} reading the body"
    return MalformedResponse(problem, response.status_code, response.content, response.headers)


__all__ = ["ErrorStatus", "Malformed", "MalformedResponse", "UnexpectedStatus", "malformed"]
