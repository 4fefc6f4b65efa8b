from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dedicated_number_available_page_envelope import DedicatedNumberAvailablePageEnvelope
from ...models.list_available_dedicated_numbers_operator import (
    ListAvailableDedicatedNumbersOperator,
)
from ...models.list_available_dedicated_numbers_search_type import (
    ListAvailableDedicatedNumbersSearchType,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    country: str,
    *,
    search: str | Unset = UNSET,
    search_type: ListAvailableDedicatedNumbersSearchType | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 15,
    q: str | Unset = UNSET,
    operator: ListAvailableDedicatedNumbersOperator | Unset = "AND",
    order_by: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["search"] = search

    json_search_type: int | Unset = UNSET
    if not isinstance(search_type, Unset):
        json_search_type = search_type

    params["search_type"] = json_search_type

    params["page"] = page

    params["limit"] = limit

    params["q"] = q

    json_operator: str | Unset = UNSET
    if not isinstance(operator, Unset):
        json_operator = operator

    params["operator"] = json_operator

    params["order_by"] = order_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/numbers/search/{country}".format(
            country=quote(str(country), safe=""),
        ),
    }
    if params:  # ours: no empty params (httpx would parse the URL once more for them)
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DedicatedNumberAvailablePageEnvelope:
    if response.status_code == 200:
        response_200 = DedicatedNumberAvailablePageEnvelope.from_dict(response.json())

        return response_200

    # ours: every error status raises (documented or not, known to HTTPStatus or not); so does an undocumented success
    if response.status_code >= 400:
        raise errors.ErrorStatus(response.status_code, response.content, response.headers)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DedicatedNumberAvailablePageEnvelope]:
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
    country: str,
    *,
    client: AuthenticatedClient,
    search: str | Unset = UNSET,
    search_type: ListAvailableDedicatedNumbersSearchType | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 15,
    q: str | Unset = UNSET,
    operator: ListAvailableDedicatedNumbersOperator | Unset = "AND",
    order_by: str | Unset = UNSET,
) -> Response[DedicatedNumberAvailablePageEnvelope]:
    """View Available Numbers

     Gets the dedicated numbers available for purchase in a country, one page at a time, optionally those
    matching `search` (at the start, anywhere or at the end of the number, per `search_type`).

    Args:
        country (str):
        search (str | Unset):
        search_type (ListAvailableDedicatedNumbersSearchType | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 15.
        q (str | Unset):
        operator (ListAvailableDedicatedNumbersOperator | Unset):  Default: 'AND'.
        order_by (str | Unset):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[DedicatedNumberAvailablePageEnvelope]
    """

    kwargs = _get_kwargs(
        country=country,
        search=search,
        search_type=search_type,
        page=page,
        limit=limit,
        q=q,
        operator=operator,
        order_by=order_by,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    country: str,
    *,
    client: AuthenticatedClient,
    search: str | Unset = UNSET,
    search_type: ListAvailableDedicatedNumbersSearchType | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 15,
    q: str | Unset = UNSET,
    operator: ListAvailableDedicatedNumbersOperator | Unset = "AND",
    order_by: str | Unset = UNSET,
) -> DedicatedNumberAvailablePageEnvelope:
    """View Available Numbers

     Gets the dedicated numbers available for purchase in a country, one page at a time, optionally those
    matching `search` (at the start, anywhere or at the end of the number, per `search_type`).

    Args:
        country (str):
        search (str | Unset):
        search_type (ListAvailableDedicatedNumbersSearchType | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 15.
        q (str | Unset):
        operator (ListAvailableDedicatedNumbersOperator | Unset):  Default: 'AND'.
        order_by (str | Unset):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        DedicatedNumberAvailablePageEnvelope
    """

    return sync_detailed(
        country=country,
        client=client,
        search=search,
        search_type=search_type,
        page=page,
        limit=limit,
        q=q,
        operator=operator,
        order_by=order_by,
    ).parsed


async def asyncio_detailed(
    country: str,
    *,
    client: AuthenticatedClient,
    search: str | Unset = UNSET,
    search_type: ListAvailableDedicatedNumbersSearchType | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 15,
    q: str | Unset = UNSET,
    operator: ListAvailableDedicatedNumbersOperator | Unset = "AND",
    order_by: str | Unset = UNSET,
) -> Response[DedicatedNumberAvailablePageEnvelope]:
    """View Available Numbers

     Gets the dedicated numbers available for purchase in a country, one page at a time, optionally those
    matching `search` (at the start, anywhere or at the end of the number, per `search_type`).

    Args:
        country (str):
        search (str | Unset):
        search_type (ListAvailableDedicatedNumbersSearchType | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 15.
        q (str | Unset):
        operator (ListAvailableDedicatedNumbersOperator | Unset):  Default: 'AND'.
        order_by (str | Unset):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[DedicatedNumberAvailablePageEnvelope]
    """

    kwargs = _get_kwargs(
        country=country,
        search=search,
        search_type=search_type,
        page=page,
        limit=limit,
        q=q,
        operator=operator,
        order_by=order_by,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    country: str,
    *,
    client: AuthenticatedClient,
    search: str | Unset = UNSET,
    search_type: ListAvailableDedicatedNumbersSearchType | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 15,
    q: str | Unset = UNSET,
    operator: ListAvailableDedicatedNumbersOperator | Unset = "AND",
    order_by: str | Unset = UNSET,
) -> DedicatedNumberAvailablePageEnvelope:
    """View Available Numbers

     Gets the dedicated numbers available for purchase in a country, one page at a time, optionally those
    matching `search` (at the start, anywhere or at the end of the number, per `search_type`).

    Args:
        country (str):
        search (str | Unset):
        search_type (ListAvailableDedicatedNumbersSearchType | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 15.
        q (str | Unset):
        operator (ListAvailableDedicatedNumbersOperator | Unset):  Default: 'AND'.
        order_by (str | Unset):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        DedicatedNumberAvailablePageEnvelope
    """

    return (
        await asyncio_detailed(
            country=country,
            client=client,
            search=search,
            search_type=search_type,
            page=page,
            limit=limit,
            q=q,
            operator=operator,
            order_by=order_by,
        )
    ).parsed
