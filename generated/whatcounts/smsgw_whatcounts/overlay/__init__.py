"""Hand-written overlay for the generated WhatCounts client (`make generate` copies it into the package).

    from smsgw_whatcounts.overlay import call, connect, iter_messages, operations

    client = connect("https://mail.mydomain.com", "myRealm", "apiPassword")    # api_client=ApiClient(name, auth)
    message = call(operations.create_message, client=client, message_name="Sale / 50% off", message_text="Hi!")
    for message in iter_messages(client): ...

`connect` returns the generated `AuthenticatedClient` for `https://<site>/rest`, sending Basic `realm:apiPassword` (and
`x-api-key` for a named API client) and the vendor `Accept: application/vnd.whatcounts-v1+json`. Free text in
paths is percent-encoded by the generated operations, `+` included, so any text reaches the service intact.
`call`/`acall` return typed results with `datetime` dates (results.py), and raise typed errors (errors.py) for
400, 401 and 500 answers; when create_message with `label` answers 500 but the message exists (an undefined
label), the error is `MessageCreatedWithErrorError` carrying the message (`created`). `iter_messages` pages through all
messages with `skip`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Unpack

from ..client import AuthenticatedClient, Retries
from . import errors, operations, paged
from ._shared.connection import ConnectOptions, build_client
from ._shared.operation import Operation, acall, call
from ._shared.paging import aitems, apages, items, pages
from .auth import ApiClient, WhatCountsAuth
from .results import Campaign, Message, OptOut, PhoneSend, SubscriberAdded, Subscription

__all__ = [
    "ApiClient",
    "Campaign",
    "Message",
    "Operation",
    "OptOut",
    "PhoneSend",
    "Retries",
    "SubscriberAdded",
    "Subscription",
    "WhatCountsAuth",
    "acall",
    "aitems",
    "aiter_messages",
    "apages",
    "call",
    "connect",
    "errors",
    "items",
    "iter_messages",
    "operations",
    "paged",
    "pages",
]

VENDOR_MEDIA_TYPE = "application/vnd.whatcounts-v1+json"


def connect(
    site_url: str,
    realm: str,
    api_password: str,
    *,
    api_client: ApiClient | None = None,
    **options: Unpack[ConnectOptions],
) -> AuthenticatedClient:
    """A client for the site `site_url` (e.g. `https://mail.mydomain.com`; the API is under its /rest).

    `options`: `timeout` (the total deadline of each call, seconds), `retries`, and a `transport` or `http_client`
    (and their async twins) to send through (`ConnectOptions`)."""
    return build_client(
        AuthenticatedClient,
        site_url.rstrip("/") + "/rest",
        WhatCountsAuth(realm, api_password, api_client),
        headers={"Accept": VENDOR_MEDIA_TYPE},
        **options,
    )


def iter_messages(client: AuthenticatedClient) -> Iterator[Message]:
    """Every message of the realm, page after page (`skip` in steps of 500): `items(paged.get_messages, ...)`."""
    return items(paged.get_messages, client=client)


def aiter_messages(client: AuthenticatedClient) -> AsyncIterator[Message]:
    """Every message of the realm, page after page (async)."""
    return aitems(paged.get_messages, client=client)
