from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.subscription import Subscription
from ...types import UNSET, Response, Unset


def _get_kwargs(
    phone: str,
    sender_code: str,
    *,
    group_name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["groupName"] = group_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sms/addPhoneToSenderCode/{phone}/{sender_code}".format(
            phone=quote(str(phone), safe=""),
            sender_code=quote(str(sender_code), safe=""),
        ),
    }
    if params:  # ours: no empty params (httpx would parse the URL once more for them)
        _kwargs["params"] = params

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Subscription:
    if response.status_code == 200:
        response_200 = Subscription.from_dict(response.json())

        return response_200

    # ours: every error status raises (documented or not, known to HTTPStatus or not); so does an undocumented success
    if response.status_code >= 400:
        raise errors.ErrorStatus(response.status_code, response.content, response.headers)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Subscription]:
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
    phone: str,
    sender_code: str,
    *,
    client: AuthenticatedClient,
    group_name: str | Unset = UNSET,
) -> Response[Subscription]:
    """Subscribe an existing SMS contact to a sender code

     Subscribes the existing SMS contact `phone` to `senderCode`, in the group `groupName` if given.
    Fails (500)
    when the subscription exists, the phone is not found, or an argument is invalid.

    Args:
        phone (str):
        sender_code (str):
        group_name (str | Unset):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[Subscription]
    """

    kwargs = _get_kwargs(
        phone=phone,
        sender_code=sender_code,
        group_name=group_name,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    phone: str,
    sender_code: str,
    *,
    client: AuthenticatedClient,
    group_name: str | Unset = UNSET,
) -> Subscription:
    """Subscribe an existing SMS contact to a sender code

     Subscribes the existing SMS contact `phone` to `senderCode`, in the group `groupName` if given.
    Fails (500)
    when the subscription exists, the phone is not found, or an argument is invalid.

    Args:
        phone (str):
        sender_code (str):
        group_name (str | Unset):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Subscription
    """

    return sync_detailed(
        phone=phone,
        sender_code=sender_code,
        client=client,
        group_name=group_name,
    ).parsed


async def asyncio_detailed(
    phone: str,
    sender_code: str,
    *,
    client: AuthenticatedClient,
    group_name: str | Unset = UNSET,
) -> Response[Subscription]:
    """Subscribe an existing SMS contact to a sender code

     Subscribes the existing SMS contact `phone` to `senderCode`, in the group `groupName` if given.
    Fails (500)
    when the subscription exists, the phone is not found, or an argument is invalid.

    Args:
        phone (str):
        sender_code (str):
        group_name (str | Unset):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[Subscription]
    """

    kwargs = _get_kwargs(
        phone=phone,
        sender_code=sender_code,
        group_name=group_name,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    phone: str,
    sender_code: str,
    *,
    client: AuthenticatedClient,
    group_name: str | Unset = UNSET,
) -> Subscription:
    """Subscribe an existing SMS contact to a sender code

     Subscribes the existing SMS contact `phone` to `senderCode`, in the group `groupName` if given.
    Fails (500)
    when the subscription exists, the phone is not found, or an argument is invalid.

    Args:
        phone (str):
        sender_code (str):
        group_name (str | Unset):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Subscription
    """

    return (
        await asyncio_detailed(
            phone=phone,
            sender_code=sender_code,
            client=client,
            group_name=group_name,
        )
    ).parsed
