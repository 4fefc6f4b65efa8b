"""Typed errors every overlay raises instead of returning None."""

from __future__ import annotations


class GatewayError(Exception):
    """Base class of everything an overlay raises about a provider's answer."""


class ApiError(GatewayError):
    """The provider answered with a documented error status.

    `status` is the HTTP status, `operation` the operationId, `detail` the body the provider sent
    (the APIs put the error details there). Request URLs and headers are never included: they can carry
    credentials.
    """

    def __init__(self, operation: str, status: int, detail: str) -> None:
        self.operation = operation
        self.status = status
        self.detail = detail
        super().__init__(f"{operation}: HTTP {status}: {detail}" if detail else f"{operation}: HTTP {status}")


class BadRequestError(ApiError):
    """400: the provider rejected the request; `detail` says why."""


class UnauthorizedError(ApiError):
    """401: keys missing, invalid or expired."""


class NotFoundError(ApiError):
    """404: the addressed resource (or, on some APIs, the account) does not exist."""


class ServerError(ApiError):
    """5xx from the provider."""


class InvalidCredentialsError(GatewayError):
    """The login was refused: wrong username or password."""


class ResponseFormatError(GatewayError):
    """A success answer whose body or headers do not have the documented shape."""

    def __init__(self, operation: str, problem: str) -> None:
        self.operation = operation
        self.problem = problem
        super().__init__(f"{operation}: malformed response: {problem}")


def error_for_status(operation: str, status: int, detail: str) -> ApiError:
    """The ApiError subclass that matches an HTTP status."""
    if status == 400:
        return BadRequestError(operation, status, detail)
    if status == 401:
        return UnauthorizedError(operation, status, detail)
    if status == 404:
        return NotFoundError(operation, status, detail)
    if status >= 500:
        return ServerError(operation, status, detail)
    return ApiError(operation, status, detail)
