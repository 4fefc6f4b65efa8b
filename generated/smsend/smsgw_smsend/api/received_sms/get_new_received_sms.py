from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.received_sms_list_response import ReceivedSmsListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/newsrsmsmessage",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ReceivedSmsListResponse | str | None:
    if response.status_code == 200:
        response_200 = ReceivedSmsListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = response.text
        return response_400

    if response.status_code == 401:
        response_401 = response.text
        return response_401

    if response.status_code == 404:
        response_404 = response.text
        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ReceivedSmsListResponse | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
) -> Response[ReceivedSmsListResponse | str]:
    """Get new received messages

     Returns the SMS messages received on all enabled SIMs since the previous call of this method (or all
    of
    them on the first call), at most `limit` (100) entries. Stateful: each call advances the read
    pointer.
    The service must be activated by smSend. The doc page is wrongly titled "Add Phone Number to
    Blacklist";
    its two URL variants are split into this operation and `get_new_received_sms_for_sims`.

    Args:
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ReceivedSmsListResponse | str]
    """

    kwargs = _get_kwargs(
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
) -> ReceivedSmsListResponse | str | None:
    """Get new received messages

     Returns the SMS messages received on all enabled SIMs since the previous call of this method (or all
    of
    them on the first call), at most `limit` (100) entries. Stateful: each call advances the read
    pointer.
    The service must be activated by smSend. The doc page is wrongly titled "Add Phone Number to
    Blacklist";
    its two URL variants are split into this operation and `get_new_received_sms_for_sims`.

    Args:
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ReceivedSmsListResponse | str
    """

    return sync_detailed(
        client=client,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
) -> Response[ReceivedSmsListResponse | str]:
    """Get new received messages

     Returns the SMS messages received on all enabled SIMs since the previous call of this method (or all
    of
    them on the first call), at most `limit` (100) entries. Stateful: each call advances the read
    pointer.
    The service must be activated by smSend. The doc page is wrongly titled "Add Phone Number to
    Blacklist";
    its two URL variants are split into this operation and `get_new_received_sms_for_sims`.

    Args:
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ReceivedSmsListResponse | str]
    """

    kwargs = _get_kwargs(
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
) -> ReceivedSmsListResponse | str | None:
    """Get new received messages

     Returns the SMS messages received on all enabled SIMs since the previous call of this method (or all
    of
    them on the first call), at most `limit` (100) entries. Stateful: each call advances the read
    pointer.
    The service must be activated by smSend. The doc page is wrongly titled "Add Phone Number to
    Blacklist";
    its two URL variants are split into this operation and `get_new_received_sms_for_sims`.

    Args:
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ReceivedSmsListResponse | str
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
        )
    ).parsed
