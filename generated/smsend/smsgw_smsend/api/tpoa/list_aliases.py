from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.alias_list import AliasList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
    hide_not_approved: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pageNumber"] = page_number

    params["pageSize"] = page_size

    params["hide-not-approved"] = hide_not_approved

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/alias",
    }
    if params:  # ours: no empty params (httpx would parse the URL once more for them)
        _kwargs["params"] = params

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AliasList:
    if response.status_code == 200:
        response_200 = AliasList.from_dict(response.json())

        return response_200

    # ours: every error status raises (documented or not, known to HTTPStatus or not); so does an undocumented success
    if response.status_code >= 400:
        raise errors.ErrorStatus(response.status_code, response.content, response.headers)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AliasList]:
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
    *,
    client: AuthenticatedClient,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
    hide_not_approved: bool | Unset = False,
) -> Response[AliasList]:
    """Get all aliases

     Returns the user's TPOA aliases, paginated. Each alias carries its confirmation state in
    `alias-state` (0 unconfirmed, 1 confirmed by smSend, 2 confirmed by AGCOM, 3 blocked by smSend,
    4 blocked by AGCOM, 9 pre-confirmed by smSend). The rest of the body shape is not documented; its
    schema is a loose reconstruction.

    Args:
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        hide_not_approved (bool | Unset):  Default: False.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[AliasList]
    """

    kwargs = _get_kwargs(
        page_number=page_number,
        page_size=page_size,
        hide_not_approved=hide_not_approved,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
    hide_not_approved: bool | Unset = False,
) -> AliasList:
    """Get all aliases

     Returns the user's TPOA aliases, paginated. Each alias carries its confirmation state in
    `alias-state` (0 unconfirmed, 1 confirmed by smSend, 2 confirmed by AGCOM, 3 blocked by smSend,
    4 blocked by AGCOM, 9 pre-confirmed by smSend). The rest of the body shape is not documented; its
    schema is a loose reconstruction.

    Args:
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        hide_not_approved (bool | Unset):  Default: False.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        AliasList
    """

    return sync_detailed(
        client=client,
        page_number=page_number,
        page_size=page_size,
        hide_not_approved=hide_not_approved,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
    hide_not_approved: bool | Unset = False,
) -> Response[AliasList]:
    """Get all aliases

     Returns the user's TPOA aliases, paginated. Each alias carries its confirmation state in
    `alias-state` (0 unconfirmed, 1 confirmed by smSend, 2 confirmed by AGCOM, 3 blocked by smSend,
    4 blocked by AGCOM, 9 pre-confirmed by smSend). The rest of the body shape is not documented; its
    schema is a loose reconstruction.

    Args:
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        hide_not_approved (bool | Unset):  Default: False.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[AliasList]
    """

    kwargs = _get_kwargs(
        page_number=page_number,
        page_size=page_size,
        hide_not_approved=hide_not_approved,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
    hide_not_approved: bool | Unset = False,
) -> AliasList:
    """Get all aliases

     Returns the user's TPOA aliases, paginated. Each alias carries its confirmation state in
    `alias-state` (0 unconfirmed, 1 confirmed by smSend, 2 confirmed by AGCOM, 3 blocked by smSend,
    4 blocked by AGCOM, 9 pre-confirmed by smSend). The rest of the body shape is not documented; its
    schema is a loose reconstruction.

    Args:
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        hide_not_approved (bool | Unset):  Default: False.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        AliasList
    """

    return (
        await asyncio_detailed(
            client=client,
            page_number=page_number,
            page_size=page_size,
            hide_not_approved=hide_not_approved,
        )
    ).parsed
