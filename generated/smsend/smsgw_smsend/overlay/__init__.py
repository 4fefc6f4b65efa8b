"""Hand-written overlay for the generated smSend client (`make generate` copies it into the package).

    from smsgw_smsend.overlay import connect, call
    from smsgw_smsend.api.sms_send import send_sms
    from smsgw_smsend.models import SmsSendRequest

    client = connect("https://app.gateway.smsend.it/API/v1.0/REST", "username", "password")
    result = call(send_sms, client=client, body=SmsSendRequest(...))

`connect` logs in (session key, or access token with `use_token=True`) and returns the generated
`AuthenticatedClient` with an auth flow that sends both key headers and logs in again when the session expires.
`call`/`acall` run any generated operation and return a Python value: the JSON model, or for smSend's
bare-value answers a bool, an int, a URL, or the id from the `Location` header; error statuses raise
typed errors from `smsgw_smsend.overlay.errors`.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

import httpx

from .. import errors as generated_errors
from ..client import AuthenticatedClient
from ._shared import errors
from ._shared.calls import call_async, call_sync
from .auth import USER_KEY_HEADER, Keys, PasswordLogin, SmsendAuth
from .converters import CONVERTERS

__all__ = ["Keys", "PasswordLogin", "SmsendAuth", "acall", "call", "connect", "connect_with_keys", "errors"]

DEFAULT_BASE_URL = "https://app.gateway.smsend.it/API/v1.0/REST"


def connect(
    base_url: str = DEFAULT_BASE_URL,
    username: str = "",
    password: str = "",
    *,
    use_token: bool = False,
    timeout: float = 30.0,
) -> AuthenticatedClient:
    """Log in now (raising InvalidCredentialsError on bad credentials) and return a ready client."""
    login = PasswordLogin(username, password, use_token=use_token)
    with httpx.Client(timeout=timeout) as http:
        keys = login.keys_from(http.send(login.request(base_url)))
    auth = SmsendAuth(base_url, login=login, keys=keys)
    return _client(base_url, auth, timeout)


def connect_with_keys(
    base_url: str, user_key: str, secret: str, *, is_token: bool = True, timeout: float = 30.0
) -> AuthenticatedClient:
    """A client for keys obtained elsewhere (no password: an expired session raises UnauthorizedError)."""
    auth = SmsendAuth(base_url, keys=Keys(user_key, secret, is_token=is_token))
    return _client(base_url, auth, timeout)


def _client(base_url: str, auth: SmsendAuth, timeout: float) -> AuthenticatedClient:
    # The generated operations take an AuthenticatedClient, whose own auth is one fixed header. smSend needs two
    # headers whose values change at every login, so the auth flow sets them on each request; the client's token
    # stays an empty placeholder (it would otherwise show in the client's repr).
    return AuthenticatedClient(
        base_url=base_url,
        token="",
        prefix="",
        auth_header_name=USER_KEY_HEADER,
        timeout=httpx.Timeout(timeout),
        raise_on_unexpected_status=True,
        httpx_args={"auth": auth},
    )


def call(operation: ModuleType, **kwargs: Any) -> Any:
    """Run a generated operation (sync) and return its Python value, or raise a typed error."""
    return call_sync(operation, CONVERTERS, generated_errors.UnexpectedStatus, **kwargs)


async def acall(operation: ModuleType, **kwargs: Any) -> Any:
    """Run a generated operation (async) and return its Python value, or raise a typed error."""
    return await call_async(operation, CONVERTERS, generated_errors.UnexpectedStatus, **kwargs)
