"""Building the generated client an overlay's `connect()` returns: credentials in an httpx auth flow, a total
deadline, a retry policy, and the user's own transport or httpx client where they pass one."""

from __future__ import annotations

from typing import TypedDict, TypeVar, Unpack

import httpx

from ...client import DEFAULT_DEADLINE, Client, Retries

ClientT = TypeVar("ClientT", bound=Client)


class ConnectOptions(TypedDict, total=False):
    """What every API's `connect()` takes besides its credentials."""

    timeout: float | None
    """The total deadline of each call, in seconds (30 by default; None: none)."""
    retries: Retries | None
    """The retry policy for operations safe to repeat (None, the default: never retry)."""
    transport: httpx.BaseTransport | None
    """Send through this transport (a proxy, mTLS, httpx.MockTransport)."""
    async_transport: httpx.AsyncBaseTransport | None
    """The same, for async calls."""
    http_client: httpx.Client | None
    """Send through this httpx.Client (event hooks, limits); its base URL, headers and auth are set."""
    async_http_client: httpx.AsyncClient | None
    """The same, for async calls."""


def build_client(
    cls: type[ClientT],
    base_url: str,
    auth: httpx.Auth,
    *,
    headers: dict[str, str] | None = None,
    **options: Unpack[ConnectOptions],
) -> ClientT:
    """The generated client (`cls`), every request of which carries `auth`, whichever way requests go."""
    client = cls(
        base_url=base_url,
        headers=dict(headers or {}),
        deadline=options.get("timeout", DEFAULT_DEADLINE),
        retries=options.get("retries"),
        transport=options.get("transport"),
        async_transport=options.get("async_transport"),
        httpx_args={"auth": auth},
    )
    http_client, async_http_client = options.get("http_client"), options.get("async_http_client")
    for given in (http_client, async_http_client):
        if given is not None:
            given.base_url = httpx.URL(base_url)
            given.headers.update(headers or {})
            given.auth = auth
    if http_client is not None:
        client.set_httpx_client(http_client)
    if async_http_client is not None:
        client.set_async_httpx_client(async_http_client)
    return client
