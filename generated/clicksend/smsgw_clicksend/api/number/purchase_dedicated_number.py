from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dedicated_number_purchase_envelope import DedicatedNumberPurchaseEnvelope
from ...types import Response


def _get_kwargs(
    dedicated_number: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/numbers/buy/{dedicated_number}".format(
            dedicated_number=quote(str(dedicated_number), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DedicatedNumberPurchaseEnvelope:
    if response.status_code == 200:
        response_200 = DedicatedNumberPurchaseEnvelope.from_dict(response.json())

        return response_200

    # ours: every error status raises (documented or not, known to HTTPStatus or not); so does an undocumented success
    if response.status_code >= 400:
        raise errors.ErrorStatus(response.status_code, response.content, response.headers)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DedicatedNumberPurchaseEnvelope]:
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
    dedicated_number: str,
    *,
    client: AuthenticatedClient,
) -> Response[DedicatedNumberPurchaseEnvelope]:
    """Purchase Dedicated Number

     Buys a dedicated number (one of those View Available Numbers offers). The setup price and the first
    month are charged to the account. No request body.

    Args:
        dedicated_number (str):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[DedicatedNumberPurchaseEnvelope]
    """

    kwargs = _get_kwargs(
        dedicated_number=dedicated_number,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dedicated_number: str,
    *,
    client: AuthenticatedClient,
) -> DedicatedNumberPurchaseEnvelope:
    """Purchase Dedicated Number

     Buys a dedicated number (one of those View Available Numbers offers). The setup price and the first
    month are charged to the account. No request body.

    Args:
        dedicated_number (str):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        DedicatedNumberPurchaseEnvelope
    """

    return sync_detailed(
        dedicated_number=dedicated_number,
        client=client,
    ).parsed


async def asyncio_detailed(
    dedicated_number: str,
    *,
    client: AuthenticatedClient,
) -> Response[DedicatedNumberPurchaseEnvelope]:
    """Purchase Dedicated Number

     Buys a dedicated number (one of those View Available Numbers offers). The setup price and the first
    month are charged to the account. No request body.

    Args:
        dedicated_number (str):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[DedicatedNumberPurchaseEnvelope]
    """

    kwargs = _get_kwargs(
        dedicated_number=dedicated_number,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dedicated_number: str,
    *,
    client: AuthenticatedClient,
) -> DedicatedNumberPurchaseEnvelope:
    """Purchase Dedicated Number

     Buys a dedicated number (one of those View Available Numbers offers). The setup price and the first
    month are charged to the account. No request body.

    Args:
        dedicated_number (str):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        DedicatedNumberPurchaseEnvelope
    """

    return (
        await asyncio_detailed(
            dedicated_number=dedicated_number,
            client=client,
        )
    ).parsed
