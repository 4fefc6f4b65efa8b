"""Hand-written overlay for the generated SMSC client (`make generate` copies it into the package).

    from smsgw_smsc.overlay import call, connect, operations
    from smsgw_smsc.models import SendSmsForm

    client = connect("login", "password")            # or connect_with_apikey("..."); md5=True sends MD5(password)
    sent = call(operations.send_sms, client=client, body=SendSmsForm(phones="79991234567", mes="Hello"))
    sent.id, sent.count

`connect` returns the generated `AuthenticatedClient` with an auth flow that adds the credentials to every
request's form body (never the URL) and encodes the form in the charset the request names. `call`/`acall` run
an operation of `operations` and return one typed result per action, whatever `fmt` was asked for (see
results.py); unless the form says otherwise they ask for fmt 3 (JSON) and utf-8. Error replies, which SMSC sends
with HTTP 200, raise the typed errors of `errors`, except error 3 "no records" on list actions, which gives [].
Malformed replies raise `ResponseFormatError`.
"""

from __future__ import annotations

from typing import Unpack

from ..client import AuthenticatedClient, Retries
from . import errors, operations, paged
from ._shared.connection import ConnectOptions, build_client
from ._shared.operation import Operation, acall, call
from ._shared.redact import install as install_redaction
from .auth import ApiKey, Password, SmscAuth
from .results import AccountBalance, CostEstimate, DeliveryStatus, MailingCreated, SendResult

__all__ = [
    "AccountBalance",
    "ApiKey",
    "CostEstimate",
    "DeliveryStatus",
    "MailingCreated",
    "Operation",
    "Password",
    "Retries",
    "SendResult",
    "SmscAuth",
    "acall",
    "call",
    "connect",
    "connect_with_apikey",
    "errors",
    "operations",
    "paged",
]

DEFAULT_BASE_URL = "https://smsc.ru"
# The overlay never puts credentials in a URL; this guards log lines of URLs built some other way.
install_redaction(["psw", "apikey"])


def connect(
    login: str,
    password: str,
    *,
    md5: bool = False,
    base_url: str = DEFAULT_BASE_URL,
    **options: Unpack[ConnectOptions],
) -> AuthenticatedClient:
    """A client that sends login + password (or, with `md5`, the password's MD5 hash) with every request.

    `options`: `timeout` (the total deadline of each call, seconds), `retries`, and a `transport` or `http_client`
    (and their async twins) to send through (`ConnectOptions`)."""
    credentials = Password(login, password, send_md5=md5)
    return build_client(AuthenticatedClient, base_url, SmscAuth(credentials), **options)


def connect_with_apikey(
    apikey: str,
    *,
    base_url: str = DEFAULT_BASE_URL,
    **options: Unpack[ConnectOptions],
) -> AuthenticatedClient:
    """A client that sends an API key with every request (see `connect` for the other arguments)."""
    credentials = ApiKey(apikey)
    return build_client(AuthenticatedClient, base_url, SmscAuth(credentials), **options)
