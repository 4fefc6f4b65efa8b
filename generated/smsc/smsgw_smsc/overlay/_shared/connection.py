"""Building the generated client an overlay's `connect()` returns: credentials in an httpx auth flow, a total
deadline, a retry policy, and the user's own transport or httpx client where they pass one."""

from __future__ import annotations

from typing import TypeVar

import httpx

from ...client import Client, Retries

ClientT = TypeVar("ClientT", bound=Client)


def build_client(
    cls: type[ClientT],
    base_url: str,
    auth: httpx.Auth,
    *,
    headers: dict[str, str] | None = None,
    timeout: float | None,
    retries: Retries | None,
    transport: httpx.BaseTransport | None,
    async_transport: httpx.AsyncBaseTransport | None,
    http_client: httpx.Client | None,
    async_http_client: httpx.AsyncClient | None,
) -> ClientT:
    """The generated client (`cls`), every request of which carries `auth`.

    `transport`/`async_transport` (a proxy, mTLS, `httpx.MockTransport`) or a whole `http_client` /
    `async_http_client` of the user's (event hooks, limits): the client's base URL, headers and auth are set
    on it, so the credentials are kept whichever way requests go."""
    client = cls(
        base_url=base_url,
        headers=dict(headers or {}),
        deadline=timeout,
        retries=retries,
        transport=transport,
        async_transport=async_transport,
        httpx_args={"auth": auth},
    )
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
