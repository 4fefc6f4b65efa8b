"""Hand-written overlay for the generated ClickSend v3 client (`make generate` copies it into the package).

    from smsgw_clicksend.models import SmsMessageCollection, SmsMessageInput
    from smsgw_clicksend.overlay import all_sent, call, connect, items, operations, paged

    client = connect("username", "api-key")
    sent = all_sent(call(operations.send_sms, client=client, body=SmsMessageCollection(
        messages=[SmsMessageInput(body="Hello", to="+61411111111")])))        # raises if any was refused
    for contact in items(paged.list_contacts, client=client, list_id=428):   # every page
        print(contact.first_name, contact.date_added)                          # a datetime

`connect` returns the generated `AuthenticatedClient`, sending HTTP Basic `username:api_key` on every request
(in an auth flow; the key is in no repr). `call`/`acall` return each answer's `data`, typed (`results.py`:
times as aware UTC datetimes, money as Decimal, counts as int, 0/1 flags as bool, whichever form the wire used)
and raise a typed error for every failure: one class per documented application code (`errors.py`). A send's
messages each carry their own status (`refused`, `all_sent`). `items`/`pages` walk every paged list.
"""

from __future__ import annotations

from typing import Unpack

import httpx

from ..client import AuthenticatedClient, Retries
from . import errors, operations, paged, sending
from ._shared.connection import ConnectOptions, build_client
from ._shared.operation import Operation, acall, call
from ._shared.paging import aitems, apages, items, pages
from .sending import MessagesRefusedError, all_sent, refused

DEFAULT_BASE_URL = "https://rest.clicksend.com/v3"

__all__ = [
    "DEFAULT_BASE_URL",
    "MessagesRefusedError",
    "Operation",
    "Retries",
    "acall",
    "aitems",
    "all_sent",
    "apages",
    "call",
    "connect",
    "errors",
    "items",
    "operations",
    "paged",
    "pages",
    "refused",
    "sending",
]


def connect(
    username: str, api_key: str, *, base_url: str = DEFAULT_BASE_URL, **options: Unpack[ConnectOptions]
) -> AuthenticatedClient:
    """A client for ClickSend (or an emulator at `base_url`), authenticated with HTTP Basic `username:api_key`.

    `options`: `timeout` (the total deadline of each call, seconds), `retries`, and a `transport` or `http_client`
    (and their async twins) to send through (`ConnectOptions`). Nothing is sent until the first call."""
    return build_client(AuthenticatedClient, base_url, httpx.BasicAuth(username, api_key), **options)
