"""Errors the generated API functions raise (ours: openapi-python-client's UnexpectedStatus, plus ErrorStatus and
MalformedResponse). The overlay turns them into its typed errors; none of them holds the request."""

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
    """A documented success status whose body does not have the documented shape."""


__all__ = ["ErrorStatus", "MalformedResponse", "UnexpectedStatus"]
