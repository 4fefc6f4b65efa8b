from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.subscriber_added import SubscriberAdded
from ...types import UNSET, Response, Unset


def _get_kwargs(
    email: str,
    phone: str,
    sender_code: str,
    *,
    group_name: str | Unset = UNSET,
    first: str | Unset = UNSET,
    customer_key: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["groupName"] = group_name

    params["first"] = first

    params["customerKey"] = customer_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sms/addSubscriberToSenderCode/{email}/{phone}/{sender_code}".format(
            email=quote(str(email), safe=""),
            phone=quote(str(phone), safe=""),
            sender_code=quote(str(sender_code), safe=""),
        ),
    }
    if params:  # ours: no empty params (httpx would parse the URL once more for them)
        _kwargs["params"] = params

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SubscriberAdded:
    if response.status_code == 200:
        response_200 = SubscriberAdded.from_dict(response.json())

        return response_200

    # ours: every error status raises (documented or not, known to HTTPStatus or not); so does an undocumented success
    if response.status_code >= 400:
        raise errors.ErrorStatus(response.status_code, response.content, response.headers)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[SubscriberAdded]:
    # ours: parse first (an error status raises before HTTPStatus sees a code it may not know)
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise errors.malformed(error, response) from None
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    email: str,
    phone: str,
    sender_code: str,
    *,
    client: AuthenticatedClient,
    group_name: str | Unset = UNSET,
    first: str | Unset = UNSET,
    customer_key: str | Unset = UNSET,
) -> Response[SubscriberAdded]:
    """Subscribe an SMS and e-mail contact to a sender code

     Subscribes the contact with the e-mail address `email` and the phone `phone` to `senderCode`
    (creating the
    SMS contact when needed), in the group `groupName` if given. `customerKey` is required in realms
    that use
    customer keys. Fails (500) when the subscription exists or an argument is invalid.

    Args:
        email (str):
        phone (str):
        sender_code (str):
        group_name (str | Unset):
        first (str | Unset):
        customer_key (str | Unset):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[SubscriberAdded]
    """

    kwargs = _get_kwargs(
        email=email,
        phone=phone,
        sender_code=sender_code,
        group_name=group_name,
        first=first,
        customer_key=customer_key,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    email: str,
    phone: str,
    sender_code: str,
    *,
    client: AuthenticatedClient,
    group_name: str | Unset = UNSET,
    first: str | Unset = UNSET,
    customer_key: str | Unset = UNSET,
) -> SubscriberAdded:
    """Subscribe an SMS and e-mail contact to a sender code

     Subscribes the contact with the e-mail address `email` and the phone `phone` to `senderCode`
    (creating the
    SMS contact when needed), in the group `groupName` if given. `customerKey` is required in realms
    that use
    customer keys. Fails (500) when the subscription exists or an argument is invalid.

    Args:
        email (str):
        phone (str):
        sender_code (str):
        group_name (str | Unset):
        first (str | Unset):
        customer_key (str | Unset):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        SubscriberAdded
    """

    return sync_detailed(
        email=email,
        phone=phone,
        sender_code=sender_code,
        client=client,
        group_name=group_name,
        first=first,
        customer_key=customer_key,
    ).parsed


async def asyncio_detailed(
    email: str,
    phone: str,
    sender_code: str,
    *,
    client: AuthenticatedClient,
    group_name: str | Unset = UNSET,
    first: str | Unset = UNSET,
    customer_key: str | Unset = UNSET,
) -> Response[SubscriberAdded]:
    """Subscribe an SMS and e-mail contact to a sender code

     Subscribes the contact with the e-mail address `email` and the phone `phone` to `senderCode`
    (creating the
    SMS contact when needed), in the group `groupName` if given. `customerKey` is required in realms
    that use
    customer keys. Fails (500) when the subscription exists or an argument is invalid.

    Args:
        email (str):
        phone (str):
        sender_code (str):
        group_name (str | Unset):
        first (str | Unset):
        customer_key (str | Unset):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[SubscriberAdded]
    """

    kwargs = _get_kwargs(
        email=email,
        phone=phone,
        sender_code=sender_code,
        group_name=group_name,
        first=first,
        customer_key=customer_key,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    email: str,
    phone: str,
    sender_code: str,
    *,
    client: AuthenticatedClient,
    group_name: str | Unset = UNSET,
    first: str | Unset = UNSET,
    customer_key: str | Unset = UNSET,
) -> SubscriberAdded:
    """Subscribe an SMS and e-mail contact to a sender code

     Subscribes the contact with the e-mail address `email` and the phone `phone` to `senderCode`
    (creating the
    SMS contact when needed), in the group `groupName` if given. `customerKey` is required in realms
    that use
    customer keys. Fails (500) when the subscription exists or an argument is invalid.

    Args:
        email (str):
        phone (str):
        sender_code (str):
        group_name (str | Unset):
        first (str | Unset):
        customer_key (str | Unset):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        SubscriberAdded
    """

    return (
        await asyncio_detailed(
            email=email,
            phone=phone,
            sender_code=sender_code,
            client=client,
            group_name=group_name,
            first=first,
            customer_key=customer_key,
        )
    ).parsed
