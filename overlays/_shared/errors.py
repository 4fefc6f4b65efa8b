"""The one error hierarchy every API's overlay raises (its own classes, where it has any, subclass these).

    GatewayError                      anything the toolkit raises about talking to a provider
    ├── ApiError                      an error status; `operation`, `status`, `code`, `message`, `headers`,
    │   │                             `request_id`, `detail` (the body, shortened)
    │   ├── ClientError               any 4xx
    │   │   ├── BadRequestError 400, UnauthorizedError 401, ForbiddenError 403, NotFoundError 404,
    │   │   └── ConflictError 409, UnprocessableEntityError 422, RateLimitedError 429 (`retry_after`)
    │   └── ServerError               any 5xx, whether Python's HTTPStatus knows the number (522) or not
    ├── TransportError                no answer to read
    │   ├── ConnectionError           refused, reset, closed early, truncated (also a builtin ConnectionError)
    │   └── TimeoutError              the deadline passed (also a builtin TimeoutError)
    ├── InvalidCredentialsError       a login was refused
    └── ResponseFormatError           an answer without the documented shape

None of them holds the request, its URL or headers (they can carry credentials), nor the exception they were
made from: `__cause__` and `__context__` are empty.
"""

from __future__ import annotations

import builtins
import email.utils
import time
from collections.abc import Mapping

from ...errors import Malformed as Malformed  # the readers' error, defined beside the generated errors

__all__ = [
    "ApiError",
    "BadRequestError",
    "ClientError",
    "ConflictError",
    "ConnectionError",
    "ForbiddenError",
    "GatewayError",
    "InvalidCredentialsError",
    "NotFoundError",
    "RateLimitedError",
    "ResponseFormatError",
    "ServerError",
    "TimeoutError",
    "TransportError",
    "UnauthorizedError",
    "UnprocessableEntityError",
]

DETAIL_LIMIT = 500  # characters of an error body kept in `detail`
# Response headers never kept on an error: they can carry session material.
_UNKEPT_HEADERS = frozenset(("set-cookie", "authorization", "www-authenticate", "proxy-authenticate"))
_REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amzn-requestid", "x-correlation-id", "cf-ray")


class GatewayError(Exception):
    """Base class of everything the toolkit raises about a provider's answer, or the lack of one."""

    operation: str = ""


class ApiError(GatewayError):
    """The provider answered with an error status.

    `status` is the HTTP status, `operation` the operationId, `code` and `message` the provider's own error code
    and text where its answers carry them, `detail` the body (first 500 characters), `headers` the response
    headers (cookies left out), `request_id` the provider's request id where it sends one.
    """

    def __init__(
        self,
        operation: str,
        status: int,
        detail: str,
        *,
        code: str | int | None = None,
        message: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self.operation = operation
        self.status = status
        self.detail = detail[:DETAIL_LIMIT]
        self.code = code
        self.message = message
        self.headers: dict[str, str] = {
            name.lower(): value for name, value in (headers or {}).items() if name.lower() not in _UNKEPT_HEADERS
        }
        self.request_id = next((self.headers[name] for name in _REQUEST_ID_HEADERS if name in self.headers), None)
        text = message if message is not None else self.detail
        super().__init__(f"{operation}: HTTP {status}: {text}" if text else f"{operation}: HTTP {status}")


class ClientError(ApiError):
    """4xx: the provider refused the request."""


class BadRequestError(ClientError):
    """400: the provider rejected the request; `message` or `detail` says why."""


class UnauthorizedError(ClientError):
    """401: credentials missing, invalid or expired."""


class ForbiddenError(ClientError):
    """403: the credentials are valid but may not do this."""


class NotFoundError(ClientError):
    """404: the addressed resource (or, on some APIs, the account) does not exist."""


class ConflictError(ClientError):
    """409: the request conflicts with the resource's state."""


class UnprocessableEntityError(ClientError):
    """422: the request was well-formed but its content was refused."""


class RateLimitedError(ClientError):
    """429: too many requests. `retry_after` is the wait in seconds the provider asked for, if it said."""

    def __init__(
        self,
        operation: str,
        status: int,
        detail: str,
        *,
        code: str | int | None = None,
        message: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(operation, status, detail, code=code, message=message, headers=headers)
        self.retry_after = parse_retry_after(self.headers.get("retry-after"))


class ServerError(ApiError):
    """5xx from the provider (or a proxy or CDN in front of it)."""


class TransportError(GatewayError):
    """No answer could be read. `sent` says whether the request may have reached the provider."""

    def __init__(self, operation: str, problem: str, *, sent: bool) -> None:
        self.operation = operation
        self.problem = problem
        self.sent = sent
        maybe = "the request may have reached the provider" if sent else "the request was not sent"
        super().__init__(f"{operation}: {problem} ({maybe})")


class ConnectionError(TransportError, builtins.ConnectionError):
    """The connection failed: refused, reset, closed before the answer ended, or a malformed HTTP exchange."""


class TimeoutError(TransportError, builtins.TimeoutError):
    """The call's deadline passed before the answer was read."""


class InvalidCredentialsError(GatewayError):
    """The login was refused: wrong username or password."""

    def __init__(self, operation: str, problem: str = "the username or password is incorrect") -> None:
        self.operation = operation
        super().__init__(f"{operation}: {problem}")


class ResponseFormatError(GatewayError):
    """A success answer whose body or headers do not have the documented shape."""

    def __init__(self, operation: str, problem: str) -> None:
        self.operation = operation
        self.problem = problem
        super().__init__(f"{operation}: malformed response: {problem}")


_BY_STATUS: dict[int, type[ApiError]] = {
    400: BadRequestError,
    401: UnauthorizedError,
    403: ForbiddenError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitedError,
}


def error_class(status: int) -> type[ApiError]:
    """The ApiError subclass for an HTTP status."""
    if status in _BY_STATUS:
        return _BY_STATUS[status]
    if 400 <= status < 500:
        return ClientError
    if status >= 500:
        return ServerError
    return ApiError


def error_for_status(
    operation: str,
    status: int,
    detail: str,
    *,
    code: str | int | None = None,
    message: str | None = None,
    headers: Mapping[str, str] | None = None,
) -> ApiError:
    """The typed error for an error status."""
    return error_class(status)(operation, status, detail, code=code, message=message, headers=headers)


def parse_retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (a number of seconds or an HTTP date); None when absent or unreadable."""
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())
