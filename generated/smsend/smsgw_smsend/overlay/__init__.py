"""Hand-written overlay for the generated smSend client (`make generate` copies it into the package).

    from smsgw_smsend.overlay import call, connect, operations
    from smsgw_smsend.models import SmsSendRequest

    client = connect("https://app.gateway.smsend.it/API/v1.0/REST", "username", "password")
    sent = call(operations.send_sms, client=client, body=SmsSendRequest(...))     # -> SmsSendResponse

`connect` (or `await aconnect(...)`) logs in (session key, or access token with `use_token=True`) and returns
the generated `AuthenticatedClient` with an auth flow that sends both key headers and logs in again when the
session expires. `call`/`acall` run any operation of `operations` and return its typed result: the JSON model,
or for smSend's bare-value answers a `bool`, an `int`, a URL, the `(user_key, secret)` pair of a login, or the id
at the end of the `Location` header. Every failure raises a typed error of `errors`; wrong login credentials
(which smSend answers with 404) raise `InvalidCredentialsError`. `items(paged.list_groups, client=client)` walks
every paged list (`pageNumber`/`pageSize`).

After a 401 the auth flow logs in again and re-sends the request once. That is safe for sends too: smSend checks
the keys before anything else, so a 401 means the request was refused unprocessed; concurrent calls that meet
the same expiry log in once.
"""

from __future__ import annotations

import httpx

from ..client import AuthenticatedClient, Retries
from . import errors, operations, paged
from ._shared.connection import build_client
from ._shared.operation import Operation, acall, asend_request, call, send_request
from ._shared.paging import aitems, apages, items, pages
from .auth import Keys, PasswordLogin, SmsendAuth

__all__ = [
    "Keys",
    "Operation",
    "PasswordLogin",
    "Retries",
    "SmsendAuth",
    "acall",
    "aconnect",
    "aitems",
    "apages",
    "call",
    "connect",
    "connect_with_keys",
    "errors",
    "items",
    "operations",
    "paged",
    "pages",
]

DEFAULT_BASE_URL = "https://app.gateway.smsend.it/API/v1.0/REST"


def connect(
    base_url: str = DEFAULT_BASE_URL,
    username: str = "",
    password: str = "",
    *,
    use_token: bool = False,
    timeout: float | None = 30.0,
    retries: Retries | None = None,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
    http_client: httpx.Client | None = None,
    async_http_client: httpx.AsyncClient | None = None,
) -> AuthenticatedClient:
    """Log in now (raising InvalidCredentialsError on bad credentials) and return a ready client.

    `timeout` is the total deadline of each call in seconds; `retries` a policy for operations safe to repeat;
    `transport`/`http_client` (and their async twins) send through what you give."""
    auth = SmsendAuth(base_url, login=PasswordLogin(username, password, use_token=use_token))
    del password  # a failed login's traceback shows this frame's locals
    client = _client(base_url, auth, timeout, retries, transport, async_transport, http_client, async_http_client)
    auth.use(send_request(client, auth.login_request(), "login_with_token" if use_token else "login"), by_flow=False)
    return client


async def aconnect(
    base_url: str = DEFAULT_BASE_URL,
    username: str = "",
    password: str = "",
    *,
    use_token: bool = False,
    timeout: float | None = 30.0,
    retries: Retries | None = None,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
    http_client: httpx.Client | None = None,
    async_http_client: httpx.AsyncClient | None = None,
) -> AuthenticatedClient:
    """`connect`, logging in asynchronously."""
    auth = SmsendAuth(base_url, login=PasswordLogin(username, password, use_token=use_token))
    del password  # a failed login's traceback shows this frame's locals
    client = _client(base_url, auth, timeout, retries, transport, async_transport, http_client, async_http_client)
    auth.use(
        await asend_request(client, auth.login_request(), "login_with_token" if use_token else "login"), by_flow=False
    )
    return client


def connect_with_keys(
    base_url: str,
    user_key: str,
    secret: str,
    *,
    is_token: bool = True,
    timeout: float | None = 30.0,
    retries: Retries | None = None,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
    http_client: httpx.Client | None = None,
    async_http_client: httpx.AsyncClient | None = None,
) -> AuthenticatedClient:
    """A client for keys obtained elsewhere (no password: an expired session raises UnauthorizedError)."""
    auth = SmsendAuth(base_url, keys=Keys(user_key, secret, is_token=is_token))
    return _client(base_url, auth, timeout, retries, transport, async_transport, http_client, async_http_client)


def _client(
    base_url: str,
    auth: SmsendAuth,
    timeout: float | None,
    retries: Retries | None,
    transport: httpx.BaseTransport | None,
    async_transport: httpx.AsyncBaseTransport | None,
    http_client: httpx.Client | None,
    async_http_client: httpx.AsyncClient | None,
) -> AuthenticatedClient:
    return build_client(
        AuthenticatedClient,
        base_url,
        auth,
        timeout=timeout,
        retries=retries,
        transport=transport,
        async_transport=async_transport,
        http_client=http_client,
        async_http_client=async_http_client,
    )
