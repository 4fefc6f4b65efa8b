"""Hand-written overlay for the generated WhatCounts client (`make generate` copies it into the package).

    from smsgw_whatcounts.overlay import call, connect, iter_messages
    from smsgw_whatcounts.api.messages import create_message

    client = connect("https://mail.mydomain.com", "myRealm", "apiPassword")    # api_client=ApiClient(name, auth)
    message = call(create_message, client=client, message_name="Sale / 50% off", message_text="Hi #1 + ü\\nBye")
    for message in iter_messages(client): ...

`connect` returns the generated `Client` for `https://<site>/rest`, sending Basic `realm:apiPassword` (and
`x-api-key` for a named API client) and the vendor `Accept: application/vnd.whatcounts-v1+json`. Free text in
paths is percent-encoded by the generated operations, `+` included, so any text reaches the service intact.
`call`/`acall` return typed results with `datetime` dates (results.py), and raise typed errors (errors.py) for
400, 401 and 500 answers; when create_message with `label` answers 500 but the message exists (an undefined
label), the error is `MessageCreatedWithErrorError` carrying the message. `iter_messages` pages through all
messages with `skip`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from types import ModuleType
from typing import Any

import httpx

from .. import errors as generated_errors
from ..api.messages import create_message, get_messages
from ..client import Client
from . import errors
from ._shared.calls import call_async, call_sync
from ._shared.errors import ApiError
from .auth import ApiClient, WhatCountsAuth
from .results import Campaign, Message, OptOut, PhoneSend, SubscriberAdded, Subscription

__all__ = [
    "ApiClient",
    "Campaign",
    "Message",
    "OptOut",
    "PhoneSend",
    "SubscriberAdded",
    "Subscription",
    "WhatCountsAuth",
    "acall",
    "aiter_messages",
    "call",
    "connect",
    "errors",
    "iter_messages",
]

VENDOR_MEDIA_TYPE = "application/vnd.whatcounts-v1+json"
PAGE_SIZE = 500  # "a maximum of 500 items per response"

CONVERTERS = {
    "create_message": lambda _op, response: Message.from_model(response.parsed),
    "get_messages": lambda _op, response: [Message.from_model(item) for item in response.parsed],
    "add_phone_to_sender_code": lambda _op, response: Subscription.from_model(response.parsed),
    "add_subscriber_to_sender_code": lambda _op, response: SubscriberAdded.from_model(response.parsed),
    "send_message_to_phone": lambda _op, response: [PhoneSend.from_model(item) for item in response.parsed],
    "send_message_to_sender_code": lambda _op, response: Campaign.from_model(response.parsed),
    "stop_subscriber_send": lambda _op, response: OptOut.from_model(response.parsed),
}


def connect(
    site_url: str, realm: str, api_password: str, *, api_client: ApiClient | None = None, timeout: float = 30.0
) -> Client:
    """A client for the site `site_url` (e.g. `https://mail.mydomain.com`; the API is under its /rest)."""
    return Client(
        base_url=site_url.rstrip("/") + "/rest",
        headers={"Accept": VENDOR_MEDIA_TYPE},
        timeout=httpx.Timeout(timeout),
        raise_on_unexpected_status=True,
        httpx_args={"auth": WhatCountsAuth(realm, api_password, api_client)},
    )


def call(operation: ModuleType, **kwargs: Any) -> Any:
    """Run a generated WhatCounts operation (sync) and return its typed result, or raise a typed error."""
    try:
        return call_sync(operation, CONVERTERS, generated_errors.UnexpectedStatus, **kwargs)
    except ApiError as error:
        refined = errors.error_from_answer(error)
        if isinstance(refined, errors.CommandFailedError) and _may_have_created(operation, kwargs):
            refined = _created_anyway(refined, kwargs) or refined
        raise refined from None


async def acall(operation: ModuleType, **kwargs: Any) -> Any:
    """Run a generated WhatCounts operation (async) and return its typed result, or raise a typed error."""
    try:
        return await call_async(operation, CONVERTERS, generated_errors.UnexpectedStatus, **kwargs)
    except ApiError as error:
        refined = errors.error_from_answer(error)
        if isinstance(refined, errors.CommandFailedError) and _may_have_created(operation, kwargs):
            found = [m async for m in aiter_messages(kwargs["client"]) if _is_requested(m, kwargs)]
            if found:
                refined = errors.MessageCreatedWithErrorError(
                    refined.operation, refined.status, refined.error, found[0]
                )
        raise refined from None


def _may_have_created(operation: ModuleType, kwargs: dict[str, Any]) -> bool:
    """Whether a 500 (CommandFailedError) from `operation` may still have created something: only create_message
    with labels can (the documented undefined-label case); without labels a 500 (blank or duplicate name) creates
    nothing."""
    label = kwargs.get("label")
    return operation is create_message and isinstance(label, str) and label != ""


def _is_requested(message: Message, kwargs: dict[str, Any]) -> bool:
    return message.name == kwargs.get("message_name") and message.text == kwargs.get("message_text")


def _created_anyway(error: errors.CommandFailedError, kwargs: dict[str, Any]) -> errors.ApiError | None:
    """The documented 500 that still creates the message: find the message the request asked for."""
    found = next((m for m in iter_messages(kwargs["client"]) if _is_requested(m, kwargs)), None)
    return None if found is None else _with_message(error, found)


def _with_message(error: errors.CommandFailedError, message: Message) -> errors.MessageCreatedWithErrorError:
    return errors.MessageCreatedWithErrorError(error.operation, error.status, error.error, message)


def iter_messages(client: Client) -> Iterator[Message]:
    """Every message of the realm, page after page (`skip` in steps of 500)."""
    skip = 0
    while True:
        page: list[Message] = call(get_messages, client=client, skip=skip)
        yield from page
        if len(page) < PAGE_SIZE:
            return
        skip += PAGE_SIZE


async def aiter_messages(client: Client) -> AsyncIterator[Message]:
    skip = 0
    while True:
        page: list[Message] = await acall(get_messages, client=client, skip=skip)
        for message in page:
            yield message
        if len(page) < PAGE_SIZE:
            return
        skip += PAGE_SIZE
