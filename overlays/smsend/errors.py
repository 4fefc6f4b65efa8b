"""The typed errors smSend calls raise: the shared hierarchy (smSend's error bodies are plain text, kept in
`detail`; wrong login credentials answer 404, raised as InvalidCredentialsError by `connect`)."""

from ._shared.errors import (
    ApiError,
    BadRequestError,
    ClientError,
    ConflictError,
    ConnectionError,
    ForbiddenError,
    GatewayError,
    InvalidCredentialsError,
    NotFoundError,
    RateLimitedError,
    ResponseFormatError,
    ServerError,
    TimeoutError,
    TransportError,
    UnauthorizedError,
    UnprocessableEntityError,
)

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
