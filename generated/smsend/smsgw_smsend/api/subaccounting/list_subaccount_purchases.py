from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.subaccount_purchase_list import SubaccountPurchaseList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    subaccount_id: int,
    *,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pageNumber"] = page_number

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/subaccount/{subaccount_id}/purchase".format(
            subaccount_id=quote(str(subaccount_id), safe=""),
        ),
    }
    if params:  # ours: no empty params (httpx would parse the URL once more for them)
        _kwargs["params"] = params

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SubaccountPurchaseList:
    if response.status_code == 200:
        response_200 = SubaccountPurchaseList.from_dict(response.json())

        return response_200

    # ours: every error status raises (documented or not, known to HTTPStatus or not); so does an undocumented success
    if response.status_code >= 400:
        raise errors.ErrorStatus(response.status_code, response.content, response.headers)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SubaccountPurchaseList]:
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
    subaccount_id: int,
    *,
    client: AuthenticatedClient,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
) -> Response[SubaccountPurchaseList]:
    """Get a subaccount's purchases

     Unverified: named in the documentation index, no documentation page exists; shape reconstructed.
    Returns the purchases of a subaccount, paginated, in the same envelope as `list_subaccounts` (list
    key `purchase`). The caller must be a superaccount.

    Args:
        subaccount_id (int):
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[SubaccountPurchaseList]
    """

    kwargs = _get_kwargs(
        subaccount_id=subaccount_id,
        page_number=page_number,
        page_size=page_size,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    subaccount_id: int,
    *,
    client: AuthenticatedClient,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
) -> SubaccountPurchaseList:
    """Get a subaccount's purchases

     Unverified: named in the documentation index, no documentation page exists; shape reconstructed.
    Returns the purchases of a subaccount, paginated, in the same envelope as `list_subaccounts` (list
    key `purchase`). The caller must be a superaccount.

    Args:
        subaccount_id (int):
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        SubaccountPurchaseList
    """

    return sync_detailed(
        subaccount_id=subaccount_id,
        client=client,
        page_number=page_number,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    subaccount_id: int,
    *,
    client: AuthenticatedClient,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
) -> Response[SubaccountPurchaseList]:
    """Get a subaccount's purchases

     Unverified: named in the documentation index, no documentation page exists; shape reconstructed.
    Returns the purchases of a subaccount, paginated, in the same envelope as `list_subaccounts` (list
    key `purchase`). The caller must be a superaccount.

    Args:
        subaccount_id (int):
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[SubaccountPurchaseList]
    """

    kwargs = _get_kwargs(
        subaccount_id=subaccount_id,
        page_number=page_number,
        page_size=page_size,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    subaccount_id: int,
    *,
    client: AuthenticatedClient,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
) -> SubaccountPurchaseList:
    """Get a subaccount's purchases

     Unverified: named in the documentation index, no documentation page exists; shape reconstructed.
    Returns the purchases of a subaccount, paginated, in the same envelope as `list_subaccounts` (list
    key `purchase`). The caller must be a superaccount.

    Args:
        subaccount_id (int):
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        SubaccountPurchaseList
    """

    return (
        await asyncio_detailed(
            subaccount_id=subaccount_id,
            client=client,
            page_number=page_number,
            page_size=page_size,
        )
    ).parsed
