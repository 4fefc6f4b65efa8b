from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.received_sms_list_response import ReceivedSmsListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id_sim: str,
    *,
    limit: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/newsrsmsmessage/{id_sim}".format(
            id_sim=quote(str(id_sim), safe=""),
        ),
    }
    if params:  # ours: no empty params (httpx would parse the URL once more for them)
        _kwargs["params"] = params

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ReceivedSmsListResponse:
    if response.status_code == 200:
        response_200 = ReceivedSmsListResponse.from_dict(response.json())

        return response_200

    # ours: every error status raises (documented or not, known to HTTPStatus or not); so does an undocumented success
    if response.status_code >= 400:
        raise errors.ErrorStatus(response.status_code, response.content, response.headers)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ReceivedSmsListResponse]:
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
    id_sim: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
) -> Response[ReceivedSmsListResponse]:
    """Get new received messages (given SIMs)

     Like `get_new_received_sms`, restricted to one or more SIMs: `id_sim` is a phone number in
    international
    format, or several separated by commas (send `+` percent-encoded as `%2B`). The doc page is wrongly
    titled "Add Phone Number to Blacklist".

    Args:
        id_sim (str): One SIM phone number in international format, or several separated by commas
            (no spaces). Example: +393471234567,+393471234568.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[ReceivedSmsListResponse]
    """

    kwargs = _get_kwargs(
        id_sim=id_sim,
        limit=limit,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id_sim: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
) -> ReceivedSmsListResponse:
    """Get new received messages (given SIMs)

     Like `get_new_received_sms`, restricted to one or more SIMs: `id_sim` is a phone number in
    international
    format, or several separated by commas (send `+` percent-encoded as `%2B`). The doc page is wrongly
    titled "Add Phone Number to Blacklist".

    Args:
        id_sim (str): One SIM phone number in international format, or several separated by commas
            (no spaces). Example: +393471234567,+393471234568.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        ReceivedSmsListResponse
    """

    return sync_detailed(
        id_sim=id_sim,
        client=client,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    id_sim: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
) -> Response[ReceivedSmsListResponse]:
    """Get new received messages (given SIMs)

     Like `get_new_received_sms`, restricted to one or more SIMs: `id_sim` is a phone number in
    international
    format, or several separated by commas (send `+` percent-encoded as `%2B`). The doc page is wrongly
    titled "Add Phone Number to Blacklist".

    Args:
        id_sim (str): One SIM phone number in international format, or several separated by commas
            (no spaces). Example: +393471234567,+393471234568.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[ReceivedSmsListResponse]
    """

    kwargs = _get_kwargs(
        id_sim=id_sim,
        limit=limit,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id_sim: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
) -> ReceivedSmsListResponse:
    """Get new received messages (given SIMs)

     Like `get_new_received_sms`, restricted to one or more SIMs: `id_sim` is a phone number in
    international
    format, or several separated by commas (send `+` percent-encoded as `%2B`). The doc page is wrongly
    titled "Add Phone Number to Blacklist".

    Args:
        id_sim (str): One SIM phone number in international format, or several separated by commas
            (no spaces). Example: +393471234567,+393471234568.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        ReceivedSmsListResponse
    """

    return (
        await asyncio_detailed(
            id_sim=id_sim,
            client=client,
            limit=limit,
        )
    ).parsed
