"""Typed calls: every API operation as an `Operation`, run by `call` (sync) or `acall` (async).

    from smsgw_smsend.overlay import call, connect, operations
    sent = call(operations.send_sms, client=client, body=SmsSendRequest(...))   # -> SmsSendResponse

An `Operation` wraps one generated endpoint module. Its parameters are the generated function's own (a
ParamSpec, so mypy checks every argument) and its result type is what the overlay turns the answer into (the
generated model, or a bool, int, URL or id for bare-value answers). A call:

- binds the arguments first: a wrong or missing argument is the caller's TypeError, nothing is sent;
- runs under one total deadline (the client's `deadline`, or `operation.with_options(timeout=...)`), logins and
  retries included;
- retries, when the client has a `Retries` policy, only operations safe to repeat (`OperationInfo.idempotent`:
  GETs and `x-idempotent` ones, never a send or anything that spends credit), and only after a connection that
  failed before the request was sent, a 429, 502, 503 or 504, honouring `Retry-After`;
- raises the typed errors of `errors` for every failure, made afresh: no httpx exception, request, URL or
  header travels with them (`__cause__`/`__context__` empty, the traceback starts at the raise in this module);
- logs one DEBUG line per attempt on the package's logger (method, path template, status, time, attempt).
"""

from __future__ import annotations

import inspect
import logging
import random
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any, Generic, ParamSpec, Protocol, TypeVar, overload

import anyio
import httpx

from ... import errors as generated_errors
from ...client import Client, Retries, call_deadline, deadline_remaining
from ...operation_info import OperationInfo
from ...types import Response
from .errors import (
    ApiError,
    ConnectionError,
    GatewayError,
    Malformed,
    RateLimitedError,
    ResponseFormatError,
    ServerError,
    TimeoutError,
    TransportError,
    error_for_status,
    parse_retry_after,
)
from .redact import body_without_secrets

P = ParamSpec("P")
T = TypeVar("T")
R = TypeVar("R")

RETRIED_SERVER_STATUSES = frozenset((502, 503, 504))
# What the provider's error body says, as (code, message); (None, None) when it says nothing readable.
ErrorDetails = Callable[[int, bytes], tuple[str | int | None, str | None]]


def no_error_details(status: int, content: bytes) -> tuple[str | int | None, str | None]:
    return None, None


class GeneratedOperation(Protocol[P, T]):
    """A generated endpoint module (`smsgw_x.api.<tag>.<operation>`)."""

    @property
    def sync_detailed(self) -> Callable[P, Response[T]]: ...

    @property
    def asyncio_detailed(self) -> Callable[P, Awaitable[Response[T]]]: ...


@dataclass(frozen=True)
class Api:
    """What every operation of one API shares: its operations' spec facts, logger and error-body reader."""

    operations: Mapping[str, OperationInfo]
    logger: logging.Logger
    error_details: ErrorDetails = no_error_details
    kind: type[Operation[Any, Any]] | None = None  # the API's Operation subclass, when it refines errors
    secret_fields: frozenset[str] = frozenset()  # properties whose values are masked in error details
    # The overlay's converters read the answer's body themselves (generated typed results): they, not the
    # generated models, judge a success answer, and also get the answers those cannot parse (a failure reported
    # inside a success status rarely has the success shape).
    converters_read_body: bool = False

    @overload
    def operation(
        self, module: GeneratedOperation[P, T], *, kind: type[Operation[Any, Any]] | None = None
    ) -> Operation[P, T]: ...

    @overload
    def operation(
        self,
        module: GeneratedOperation[P, T],
        convert: Callable[[Response[T]], R],
        *,
        kind: type[Operation[Any, Any]] | None = None,
    ) -> Operation[P, R]: ...

    def operation(
        self,
        module: GeneratedOperation[P, Any],
        convert: Callable[[Response[Any]], Any] | None = None,
        *,
        kind: type[Operation[Any, Any]] | None = None,
    ) -> Any:
        """The Operation for a generated module: its answer's `parsed` value, or what `convert` makes of it."""
        return (kind or self.kind or Operation)(module, convert or parsed, self)

    def info(self, module: object) -> OperationInfo:
        name = str(getattr(module, "__name__", "")).rsplit(".", 1)[-1]
        if name not in self.operations:
            raise ValueError(f"{name!r} is not an operation of this API")
        return self.operations[name]


def parsed(response: Response[T]) -> T:
    return response.parsed


_UNSET: Any = object()


class Operation(Generic[P, R]):
    """One API operation, typed: run it with `call(operation, **arguments)` or `await acall(...)`."""

    def __init__(self, module: GeneratedOperation[P, Any], convert: Callable[[Response[Any]], R], api: Api) -> None:
        self.module = module
        self.info = api.info(module)
        self._convert = convert
        self._api = api
        self._signature = inspect.signature(module.sync_detailed)
        parameters = self._signature.parameters.values()
        self._names = frozenset(p.name for p in parameters)
        self._required = frozenset(p.name for p in parameters if p.default is inspect.Parameter.empty)
        self._timeout: float | None = _UNSET

    def __repr__(self) -> str:
        return f"<Operation {self.info.operation_id}: {self.info.method} {self.info.path}>"

    @property
    def name(self) -> str:
        return self.info.operation_id

    def with_options(self: OperationT, *, timeout: float | None) -> OperationT:
        """This operation with its own total deadline (seconds; None: none) instead of the client's."""
        copy = _copy(self)
        copy._timeout = timeout
        return copy

    # ---- hooks an API's overlay may override -----------------------------------------------------------------

    def prepare(self, arguments: dict[str, Any]) -> dict[str, Any]:
        """The arguments as sent (SMSC asks for its reply format here)."""
        return arguments

    def result(self, response: Response[Any], arguments: Mapping[str, Any]) -> R:
        """The Python value of a success answer."""
        return self._convert(response)

    def refine(self, error: GatewayError, arguments: Mapping[str, Any]) -> GatewayError:
        """The error the user gets for a failed call (an API's more specific class)."""
        return error

    async def arefine(self, error: GatewayError, arguments: Mapping[str, Any]) -> GatewayError:
        return self.refine(error, arguments)

    # ---- running -------------------------------------------------------------------------------------------

    def _arguments(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> dict[str, Any]:
        # A wrong or missing argument is the caller's TypeError, before anything is sent. Keyword arguments (the
        # usual case) are checked by name, which costs a fraction of Signature.bind.
        if args:
            return self.prepare(dict(self._signature.bind(*args, **kwargs).arguments))
        unknown, missing = kwargs.keys() - self._names, self._required - kwargs.keys()
        if unknown or missing:
            self._signature.bind(**kwargs)  # raises the TypeError Python would, naming the argument
        return self.prepare(dict(kwargs))

    def _deadline(self, client: object) -> float | None:
        if self._timeout is not _UNSET:
            return self._timeout
        return client.deadline if isinstance(client, Client) else None

    def run(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> R:
        arguments = self._arguments(args, kwargs)
        client = arguments.get("client")
        policy = client.retries if isinstance(client, Client) else None
        with call_deadline(self._deadline(client)):
            attempt = 0
            while True:
                attempt += 1
                started = time.monotonic()
                outcome = self._attempt(arguments)
                self._log(attempt, started, outcome)
                if isinstance(outcome, GatewayError):
                    failure = outcome
                else:
                    value = self._result(outcome, arguments)
                    if not isinstance(value, GatewayError):
                        return value
                    failure = value
                delay = self._retry_delay(policy, attempt, failure)
                if delay is None:
                    raise _fresh(self.refine(failure, arguments))
                time.sleep(delay)

    async def arun(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> R:
        arguments = self._arguments(args, kwargs)
        client = arguments.get("client")
        policy = client.retries if isinstance(client, Client) else None
        with call_deadline(self._deadline(client)):
            attempt = 0
            while True:
                attempt += 1
                started = time.monotonic()
                outcome = await self._aattempt(arguments)
                self._log(attempt, started, outcome)
                if isinstance(outcome, GatewayError):
                    failure = outcome
                else:
                    value = self._result(outcome, arguments)
                    if not isinstance(value, GatewayError):
                        return value
                    failure = value
                delay = self._retry_delay(policy, attempt, failure)
                if delay is None:
                    raise _fresh(await self.arefine(failure, arguments))
                await anyio.sleep(delay)

    def _result(self, response: Response[Any], arguments: Mapping[str, Any]) -> R | GatewayError:
        try:
            return self.result(response, arguments)
        except Malformed as problem:
            return ResponseFormatError(self.name, str(problem))
        except GatewayError as error:  # an error the answer reports in a success status (SMSC's replies)
            return error

    def _attempt(self, arguments: dict[str, Any]) -> Response[Any] | GatewayError:
        send: Callable[..., Response[Any]] = self.module.sync_detailed  # the arguments were bound already
        try:
            return send(**arguments)
        except Exception as error:
            return self._translate(error)

    async def _aattempt(self, arguments: dict[str, Any]) -> Response[Any] | GatewayError:
        send: Callable[..., Awaitable[Response[Any]]] = self.module.asyncio_detailed
        try:
            return await send(**arguments)
        except Exception as error:
            return self._translate(error)

    def _translate(self, error: Exception) -> Response[Any] | GatewayError:
        if self._api.converters_read_body and isinstance(error, generated_errors.MalformedResponse):
            return Response(
                status_code=HTTPStatus(error.status_code), content=error.content, headers=error.headers, parsed=None
            )
        translated = translate(self.name, error, self._api)
        if translated is None:
            raise error
        return translated

    def _retry_delay(self, policy: Retries | None, attempt: int, failure: GatewayError) -> float | None:
        """Seconds to wait before the next attempt, or None when this failure is not retried."""
        if policy is None or not self.info.idempotent or attempt >= policy.attempts:
            return None
        if isinstance(failure, RateLimitedError):
            wait = failure.retry_after
        elif isinstance(failure, ServerError) and failure.status in RETRIED_SERVER_STATUSES:
            wait = parse_retry_after(failure.headers.get("retry-after"))
        elif isinstance(failure, TransportError) and not failure.sent:
            wait = None
        else:
            return None
        if wait is None:  # exponential backoff with full jitter, capped
            wait = random.uniform(0, min(policy.max_backoff, policy.backoff * 2 ** (attempt - 1)))
        left = deadline_remaining()
        if left is not None and wait >= left:
            return None  # the deadline would pass while waiting
        return wait

    def _log(self, attempt: int, started: float, outcome: Response[Any] | GatewayError) -> None:
        logger = self._api.logger
        if not logger.isEnabledFor(logging.DEBUG):
            return
        if isinstance(outcome, ApiError):
            status: object = outcome.status
        elif isinstance(outcome, GatewayError):
            status = type(outcome).__name__
        else:
            status = int(outcome.status_code)
        elapsed = (time.monotonic() - started) * 1000
        logger.debug("%s %s -> %s in %.1f ms (attempt %d)", self.info.method, self.info.path, status, elapsed, attempt)


OperationT = TypeVar("OperationT", bound=Operation[Any, Any])


def _copy(operation: OperationT) -> OperationT:
    copy = object.__new__(type(operation))
    copy.__dict__.update(operation.__dict__)
    return copy


def call(operation: Operation[P, R], /, *args: P.args, **kwargs: P.kwargs) -> R:
    """Run an operation and return its typed result, or raise a typed error (`errors`)."""
    if not isinstance(operation, Operation):
        raise TypeError(f"call() takes an Operation (from the overlay's `operations`), not {type(operation).__name__}")
    return operation.run(args, kwargs)


async def acall(operation: Operation[P, R], /, *args: P.args, **kwargs: P.kwargs) -> R:
    """Run an operation asynchronously and return its typed result, or raise a typed error (`errors`)."""
    if not isinstance(operation, Operation):
        raise TypeError(f"acall() takes an Operation (from the overlay's `operations`), not {type(operation).__name__}")
    return await operation.arun(args, kwargs)


# ---- translating what the generated code and httpx raise ---------------------------------------------------------

_TRANSPORT_PROBLEMS: tuple[tuple[type[httpx.RequestError], str, bool], ...] = (
    # (httpx exception, what happened, whether the request may have reached the provider)
    (httpx.ConnectTimeout, "no connection within the deadline", False),
    (httpx.PoolTimeout, "no free connection within the deadline", False),
    (httpx.TimeoutException, "no complete answer within the deadline", True),
    (httpx.ConnectError, "could not connect (refused, unreachable or no such host)", False),
    (httpx.ProxyError, "the proxy refused the connection", False),
    (httpx.UnsupportedProtocol, "the URL's scheme is not http or https", False),
    (httpx.RemoteProtocolError, "the server broke off the answer (closed early, truncated or malformed)", True),
    (httpx.ReadError, "the connection broke while reading the answer (reset)", True),
    (httpx.WriteError, "the connection broke while sending the request (reset)", True),
    (httpx.RequestError, "the HTTP exchange failed", True),
)


def translate(operation: str, error: BaseException, api: Api | None = None) -> GatewayError | None:
    """The typed error for what a generated function or httpx raised; None for anything else (a caller's bug).

    Nothing of `error` is kept but facts: never its message (httpx's can hold the URL) or its request, and in
    the body the values of the API's secret fields masked."""
    if isinstance(error, generated_errors.ErrorStatus):
        code, message = (api.error_details if api else no_error_details)(error.status_code, error.content)
        return error_from_body(operation, error.status_code, error.content, code, message, error.headers, api)
    if isinstance(error, generated_errors.UnexpectedStatus):
        return ResponseFormatError(operation, f"undocumented success status {error.status_code}")
    if isinstance(error, generated_errors.MalformedResponse):
        return ResponseFormatError(operation, str(error))
    if isinstance(error, httpx.RequestError):
        for kind, problem, sent in _TRANSPORT_PROBLEMS:
            if isinstance(error, kind):
                cls = TimeoutError if isinstance(error, httpx.TimeoutException) else ConnectionError
                return cls(operation, problem, sent=sent)
    if isinstance(error, GatewayError):  # raised by an auth flow (a refused login) or a converter
        return error
    return None


def _fresh(error: GatewayError) -> GatewayError:
    """The error without what it travelled through: an auth flow's error passed httpx's frames, whose locals
    hold the request."""
    error.__traceback__ = None
    error.__cause__ = None
    error.__context__ = None
    return error


def error_from_body(
    operation: str,
    status: int,
    content: bytes,
    code: str | int | None,
    message: str | None,
    headers: Mapping[str, str],
    api: Api | None = None,
) -> ApiError:
    """The ApiError of an answer's status, its body as `detail` with the API's secret fields masked."""
    detail = body_without_secrets(content, api.secret_fields if api else frozenset())
    return error_for_status(operation, status, detail, code=code, message=message, headers=headers)


def send_request(client: Client, request: httpx.Request, operation: str) -> httpx.Response:
    """Send a request the generated code does not build (a login at connect time) with the client's deadline and
    without its auth flow; failures raise the typed errors, as in `call`."""
    outcome: httpx.Response | GatewayError
    with call_deadline(client.deadline):
        try:
            outcome = client.get_httpx_client().send(request, auth=None)
            outcome.read()
        except Exception as error:
            translated = translate(operation, error)
            if translated is None:
                raise
            outcome = translated
    del request  # its URL can hold credentials (smSend's login), and a traceback shows this frame's locals
    if isinstance(outcome, GatewayError):
        raise _fresh(outcome)
    return outcome


async def asend_request(client: Client, request: httpx.Request, operation: str) -> httpx.Response:
    outcome: httpx.Response | GatewayError
    with call_deadline(client.deadline):
        try:
            outcome = await client.get_async_httpx_client().send(request, auth=None)
            await outcome.aread()
        except Exception as error:
            translated = translate(operation, error)
            if translated is None:
                raise
            outcome = translated
    del request  # its URL can hold credentials (smSend's login), and a traceback shows this frame's locals
    if isinstance(outcome, GatewayError):
        raise _fresh(outcome)
    return outcome


__all__ = ["Api", "Operation", "Retries", "acall", "call", "error_from_body", "parsed", "send_request", "translate"]
