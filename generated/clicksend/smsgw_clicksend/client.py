"""The client the API functions take (ours, in place of openapi-python-client's stock client.py).

What differs from the stock client:
- every request has a total deadline (`deadline`, 30 s by default): connecting, writing and the whole read,
  headers and body, however slowly the server trickles them. `call_deadline` narrows it for a block of calls.
- `transport` / `async_transport` take any httpx transport (a proxy, mTLS, `httpx.MockTransport`); the deadline
  applies on top of it.
- `raise_on_unexpected_status` is True by default: an API function never returns None for an answer it cannot read.
- `AuthenticatedClient` is a `Client`, and sends no token header when the token is empty (for APIs whose
  credentials an httpx auth flow adds instead).
- `retries` holds the retry policy the overlay's calls follow (the API functions themselves never retry).
"""

import asyncio
import ssl
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, Self

import anyio
import httpcore
import httpx
from attrs import define, evolve, field

DEFAULT_DEADLINE = 30.0
"""Seconds a request may take in all, unless the client or the call says otherwise."""

_deadline_at: ContextVar[float | None] = ContextVar("smsgw_deadline_at", default=None)


@contextmanager
def call_deadline(seconds: float | None) -> Iterator[None]:
    """Every request sent inside the block (logins and retries included) ends by `seconds` from now."""
    if seconds is None:
        yield
        return
    at = time.monotonic() + seconds
    outer = _deadline_at.get()
    token = _deadline_at.set(at if outer is None else min(at, outer))
    try:
        yield
    finally:
        _deadline_at.reset(token)


def deadline_remaining() -> float | None:
    """Seconds left of the `call_deadline` in force (None: no deadline)."""
    at = _deadline_at.get()
    return None if at is None else _remaining(at)


def _remaining(at: float) -> float:
    return at - time.monotonic()


def _bounded(timeout: float | None, expired: type[Exception]) -> float | None:
    """A socket operation's timeout, cut to what is left of the deadline in force (raises once none is left)."""
    at = _deadline_at.get()
    if at is None:
        return timeout
    left = _remaining(at)
    if left <= 0:
        raise expired("the deadline passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineNetworkStream(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _bounded(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _bounded(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        stream = self._stream.start_tls(ssl_context, server_hostname, _bounded(timeout, httpcore.ConnectTimeout))
        return _DeadlineNetworkStream(stream)

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _DeadlineNetworkBackend(httpcore.NetworkBackend):
    """Cuts every socket operation's timeout to the deadline: a server trickling bytes cannot outlast it."""

    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _DeadlineNetworkStream(self._backend.connect_tcp(host, port, bounded, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Any = None
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _DeadlineNetworkStream(self._backend.connect_unix_socket(path, bounded, socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


def _bound_sockets(transport: httpx.BaseTransport) -> None:
    # httpx's own transport keeps its connection pool, and the pool its network backend, in private attributes
    # (httpx 0.28, httpcore 1.0): wrapping that backend bounds every socket read, headers included. Any other
    # transport is bounded between the chunks it returns.
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if isinstance(backend, httpcore.NetworkBackend) and not isinstance(backend, _DeadlineNetworkBackend):
        pool._network_backend = _DeadlineNetworkBackend(backend)  # type: ignore[union-attr]


def _deadline_for(default: float | None) -> float | None:
    at = _deadline_at.get()
    if at is None and default is not None:
        at = time.monotonic() + default
    return at


def _timeouts_within(request: httpx.Request, at: float) -> None:
    left = max(_remaining(at), 0.001)
    configured = request.extensions.get("timeout", {})
    request.extensions["timeout"] = {
        phase: left if configured.get(phase) is None else min(configured[phase], left)
        for phase in ("connect", "read", "write", "pool")
    }


class _DeadlineByteStream(httpx.SyncByteStream):
    def __init__(self, stream: httpx.SyncByteStream, at: float, request: httpx.Request) -> None:
        self._stream, self._at, self._request = stream, at, request

    def __iter__(self) -> Iterator[bytes]:
        token = _deadline_at.set(self._at)
        try:
            for chunk in self._stream:
                if _remaining(self._at) <= 0:
                    raise httpx.ReadTimeout("the deadline passed", request=self._request)
                yield chunk
        finally:
            _deadline_at.reset(token)

    def close(self) -> None:
        self._stream.close()


class DeadlineTransport(httpx.BaseTransport):
    """Ends each request by its deadline (the `call_deadline` in force, or `default` seconds from its start)."""

    def __init__(self, transport: httpx.BaseTransport, default: float | None) -> None:
        self._transport = transport
        self._default = default
        _bound_sockets(transport)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        at = _deadline_for(self._default)
        if at is None:
            return self._transport.handle_request(request)
        _timeouts_within(request, at)
        token = _deadline_at.set(at)
        try:
            response = self._transport.handle_request(request)
        finally:
            _deadline_at.reset(token)
        assert isinstance(response.stream, httpx.SyncByteStream)
        response.stream = _DeadlineByteStream(response.stream, at, request)
        return response

    def close(self) -> None:
        self._transport.close()


class _AsyncDeadlineByteStream(httpx.AsyncByteStream):
    def __init__(self, stream: httpx.AsyncByteStream, at: float, request: httpx.Request) -> None:
        self._stream, self._at, self._request = stream, at, request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        iterator = self._stream.__aiter__()
        while True:
            try:
                with anyio.fail_after(max(_remaining(self._at), 0)):
                    chunk = await iterator.__anext__()
            except StopAsyncIteration:
                return
            except TimeoutError:
                raise httpx.ReadTimeout("the deadline passed", request=self._request) from None
            yield chunk

    async def aclose(self) -> None:
        await self._stream.aclose()


class AsyncDeadlineTransport(httpx.AsyncBaseTransport):
    """The async DeadlineTransport: the whole exchange runs under one cancel scope."""

    def __init__(self, transport: httpx.AsyncBaseTransport, default: float | None) -> None:
        self._transport = transport
        self._default = default

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        at = _deadline_for(self._default)
        if at is None:
            return await self._transport.handle_async_request(request)
        _timeouts_within(request, at)
        try:
            with anyio.fail_after(max(_remaining(at), 0)):
                response = await self._transport.handle_async_request(request)
        except TimeoutError:
            raise httpx.ReadTimeout("the deadline passed", request=request) from None
        assert isinstance(response.stream, httpx.AsyncByteStream)
        response.stream = _AsyncDeadlineByteStream(response.stream, at, request)
        return response

    async def aclose(self) -> None:
        await self._transport.aclose()


def _running_loop() -> object:
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


@dataclass(frozen=True)
class Retries:
    """How the overlay's calls retry operations that are safe to repeat (GETs and `x-idempotent` operations):
    up to `attempts` tries in all, waiting `backoff` * 2**n seconds with full jitter, at most `max_backoff`,
    or what a `Retry-After` header says. Never sends, never anything that spends credit."""

    attempts: int = 3
    backoff: float = 0.5
    max_backoff: float = 8.0


@define
class Client:
    """What the API functions need to reach the API.

    ``base_url``: the URL all request paths are relative to. ``cookies``, ``headers``: sent with every request.
    ``timeout``: httpx's per-phase timeouts (connect, read, write, pool), within the deadline.
    ``deadline``: seconds each request may take in all (None: no deadline). ``retries``: the policy the
    overlay's calls follow. ``transport`` / ``async_transport``: the httpx transports to send through.
    ``verify_ssl``, ``follow_redirects``, ``httpx_args``: passed to the httpx clients built from this one.
    """

    _base_url: str = field(alias="base_url")
    raise_on_unexpected_status: bool = field(default=True, kw_only=True)
    """Kept for compatibility: the API functions always raise for an error or undocumented status."""
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx.Timeout | None = field(default=None, kw_only=True, alias="timeout")
    deadline: float | None = field(default=DEFAULT_DEADLINE, kw_only=True)
    """Seconds each request may take in all: connecting, writing, and reading the whole answer."""
    retries: Retries | None = field(default=None, kw_only=True)
    """The overlay's retry policy for operations safe to repeat (None: never retry)."""
    _transport: httpx.BaseTransport | None = field(default=None, kw_only=True, alias="transport")
    _async_transport: httpx.AsyncBaseTransport | None = field(default=None, kw_only=True, alias="async_transport")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)
    _async_client_loop: object = field(default=None, init=False, repr=False)

    @property
    def base_url(self) -> str:
        return self._base_url

    def _default_headers(self) -> dict[str, str]:
        return dict(self._headers)

    def with_headers(self, headers: dict[str, str]) -> Self:
        """A new client like this one with more headers (the httpx clients are built afresh)."""
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        """A new client like this one with more cookies (the httpx clients are built afresh)."""
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        """A new client like this one with other per-phase timeouts (the httpx clients are built afresh)."""
        return evolve(self, timeout=timeout)

    def with_deadline(self, deadline: float | None) -> Self:
        """A new client like this one with another total deadline per request."""
        return evolve(self, deadline=deadline)

    def _share_settings(self, client: httpx.Client | httpx.AsyncClient) -> None:
        """Give a client of the user's what it lacks of this one's base URL, headers and auth (credentials are
        never dropped silently)."""
        if not str(client.base_url):
            client.base_url = httpx.URL(self._base_url)
        for name, value in self._default_headers().items():
            client.headers.setdefault(name, value)
        auth = self._httpx_args.get("auth")
        if client.auth is None and isinstance(auth, httpx.Auth):
            client.auth = auth

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Send through this httpx.Client. It keeps its own settings, and gets this client's base URL, headers
        and auth where it has none of its own. The deadline still applies."""
        self._share_settings(client)
        transport = getattr(client, "_transport", None)
        if isinstance(transport, httpx.BaseTransport) and not isinstance(transport, DeadlineTransport):
            client._transport = DeadlineTransport(transport, self.deadline)  # httpx 0.28 keeps it there
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """The httpx.Client requests go through, built on first use."""
        if self._client is None:
            transport = self._transport or httpx.HTTPTransport(verify=self._verify_ssl)
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._default_headers(),
                timeout=self._timeout,
                follow_redirects=self._follow_redirects,
                transport=DeadlineTransport(transport, self.deadline),
                **self._httpx_args,
            )
        return self._client

    def __enter__(self) -> Self:
        """Enter a context manager for the httpx.Client (you cannot enter twice, see httpx docs)."""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        self.get_httpx_client().__exit__(*args, **kwargs)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Send async requests through this httpx.AsyncClient (see set_httpx_client)."""
        self._share_settings(async_client)
        self._async_client_loop = None  # the user's client: kept whatever loop runs
        transport = getattr(async_client, "_transport", None)
        if isinstance(transport, httpx.AsyncBaseTransport) and not isinstance(transport, AsyncDeadlineTransport):
            async_client._transport = AsyncDeadlineTransport(transport, self.deadline)
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The httpx.AsyncClient async requests go through, built on first use, and again in each new event loop
        (its pooled connections belong to the loop that opened them: `asyncio.run` twice must work)."""
        loop = _running_loop()
        if self._async_client is not None and self._async_client_loop not in (None, loop):
            self._async_client = None  # the old loop is gone or elsewhere; its connections cannot be reused here
        if self._async_client is None:
            self._async_client_loop = loop
            transport = self._async_transport or httpx.AsyncHTTPTransport(verify=self._verify_ssl)
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._default_headers(),
                timeout=self._timeout,
                follow_redirects=self._follow_redirects,
                transport=AsyncDeadlineTransport(transport, self.deadline),
                **self._httpx_args,
            )
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter a context manager for the httpx.AsyncClient (you cannot enter twice, see httpx docs)."""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)


@define
class AuthenticatedClient(Client):
    """A Client for secured operations: sends `auth_header_name: prefix token` with every request, or nothing
    when `token` is empty (the overlays add credentials with an httpx auth flow instead)."""

    token: str = field(default="", repr=False)
    """The token to use for authentication."""
    prefix: str = "Bearer"
    """The prefix to use for the Authorization header."""
    auth_header_name: str = "Authorization"
    """The name of the Authorization header."""

    def _default_headers(self) -> dict[str, str]:
        headers = dict(self._headers)
        if self.token:
            headers[self.auth_header_name] = f"{self.prefix} {self.token}" if self.prefix else self.token
        return headers
