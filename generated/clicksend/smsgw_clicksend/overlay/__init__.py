"""Hand-written overlay for the generated ClickSend v3 client (`make generate` copies it into the package).

    from smsgw_clicksend.overlay import call, connect, operations

    client = connect("https://api.example.invalid/v1", "username", "password")
    account = call(operations.get_account, client=client)

`connect` returns the generated `AuthenticatedClient`, sending HTTP Basic credentials on every request.
`call`/`acall` return typed results and raise typed errors (errors.py).
"""

from __future__ import annotations

from typing import Unpack

import httpx

from ..client import AuthenticatedClient, Retries
from . import errors, operations, paged
from ._shared.connection import ConnectOptions, build_client
from ._shared.operation import Operation, acall, call

__all__ = ["Operation", "Retries", "acall", "call", "connect", "errors", "operations", "paged"]


def connect(base_url: str, username: str, password: str, **options: Unpack[ConnectOptions]) -> AuthenticatedClient:
    """A client for the API at `base_url`, authenticated with HTTP Basic `username:password`.

    `options`: `timeout` (the total deadline of each call, seconds), `retries`, and a `transport` or `http_client`
    (and their async twins) to send through (`ConnectOptions`)."""
    return build_client(AuthenticatedClient, base_url, httpx.BasicAuth(username, password), **options)
