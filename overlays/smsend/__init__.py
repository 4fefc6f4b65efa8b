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

from typing import Unpack

from ..client import AuthenticatedClient, Retries
from . import errors, operations, paged
from ._shared.connection import ConnectOptions, build_client
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
    **options: Unpack[ConnectOptions],
) -> AuthenticatedClient:
    """Log in now (raising InvalidCredentialsError on bad credentials) and return a ready client.

    `options`: `timeout` (the total deadline of each call, seconds), `retries`, and a `transport` or `http_client`
    (and their async twins) to send through (`ConnectOptions`)."""
    auth = SmsendAuth(base_url, login=PasswordLogin(username, password, use_token=use_token))
    del password  # a failed login's traceback shows this frame's locals
    client = build_client(AuthenticatedClient, base_url, auth, **options)
    auth.use(send_request(client, auth.login_request(), "login_with_token" if use_token else "login"), by_flow=False)
    return client


async def aconnect(
    base_url: str = DEFAULT_BASE_URL,
    username: str = "",
    password: str = "",
    *,
    use_token: bool = False,
    **options: Unpack[ConnectOptions],
) -> AuthenticatedClient:
    """`connect`, logging in asynchronously."""
    auth = SmsendAuth(base_url, login=PasswordLogin(username, password, use_token=use_token))
    del password  # a failed login's traceback shows this frame's locals
    client = build_client(AuthenticatedClient, base_url, auth, **options)
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
    **options: Unpack[ConnectOptions],
) -> AuthenticatedClient:
    """A client for keys obtained elsewhere (no password: an expired session raises UnauthorizedError)."""
    auth = SmsendAuth(base_url, keys=Keys(user_key, secret, is_token=is_token))
    return build_client(AuthenticatedClient, base_url, auth, **options)
