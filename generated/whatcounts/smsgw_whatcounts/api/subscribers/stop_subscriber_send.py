from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.opt_out import OptOut
from ...types import Response


def _get_kwargs(
    phone: str,
    sender_code: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sms/stopSubscriberSend/{phone}/{sender_code}".format(
            phone=quote(str(phone), safe=""),
            sender_code=quote(str(sender_code), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | OptOut | None:
    if response.status_code == 200:
        response_200 = OptOut.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | OptOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    phone: str,
    sender_code: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | OptOut]:
    """Stop sending to a contact

     Opts the contact `phone` out of sends from `senderCode` (as if it had answered STOP). Fails (500)
    for an
    unknown phone or sender code.

    Args:
        phone (str):
        sender_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OptOut]
    """

    kwargs = _get_kwargs(
        phone=phone,
        sender_code=sender_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    phone: str,
    sender_code: str,
    *,
    client: AuthenticatedClient,
) -> Error | OptOut | None:
    """Stop sending to a contact

     Opts the contact `phone` out of sends from `senderCode` (as if it had answered STOP). Fails (500)
    for an
    unknown phone or sender code.

    Args:
        phone (str):
        sender_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OptOut
    """

    return sync_detailed(
        phone=phone,
        sender_code=sender_code,
        client=client,
    ).parsed


async def asyncio_detailed(
    phone: str,
    sender_code: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | OptOut]:
    """Stop sending to a contact

     Opts the contact `phone` out of sends from `senderCode` (as if it had answered STOP). Fails (500)
    for an
    unknown phone or sender code.

    Args:
        phone (str):
        sender_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OptOut]
    """

    kwargs = _get_kwargs(
        phone=phone,
        sender_code=sender_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    phone: str,
    sender_code: str,
    *,
    client: AuthenticatedClient,
) -> Error | OptOut | None:
    """Stop sending to a contact

     Opts the contact `phone` out of sends from `senderCode` (as if it had answered STOP). Fails (500)
    for an
    unknown phone or sender code.

    Args:
        phone (str):
        sender_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OptOut
    """

    return (
        await asyncio_detailed(
            phone=phone,
            sender_code=sender_code,
            client=client,
        )
    ).parsed
