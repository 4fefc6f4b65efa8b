from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response


def _get_kwargs(
    subaccount_id: int,
    purchase_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/subaccount/{subaccount_id}/purchase/{purchase_id}".format(
            subaccount_id=quote(str(subaccount_id), safe=""),
            purchase_id=quote(str(purchase_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    if response.status_code == 200:
        return None
    # ours: every error status raises (documented or not, known to HTTPStatus or not); so does an undocumented success
    if response.status_code >= 400:
        raise errors.ErrorStatus(response.status_code, response.content, response.headers)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[None]:
    # ours: parse first (an error status raises before HTTPStatus sees a code it may not know)
    try:
        _parse_response(client=client, response=response)  # no body: it raises or returns None
        parsed = None
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
    purchase_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[None]:
    """Delete a subaccount's purchase

     Unverified: named in the documentation index, no documentation page exists; shape reconstructed.
    Deletes one purchase of a subaccount. Answers 200; no body is declared.

    Args:
        subaccount_id (int):
        purchase_id (int):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        subaccount_id=subaccount_id,
        purchase_id=purchase_id,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    subaccount_id: int,
    purchase_id: int,
    *,
    client: AuthenticatedClient,
) -> None:
    """Delete a subaccount's purchase

     Unverified: named in the documentation index, no documentation page exists; shape reconstructed.
    Deletes one purchase of a subaccount. Answers 200; no body is declared.

    Args:
        subaccount_id (int):
        purchase_id (int):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        None
    """

    return sync_detailed(
        subaccount_id=subaccount_id,
        purchase_id=purchase_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    subaccount_id: int,
    purchase_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[None]:
    """Delete a subaccount's purchase

     Unverified: named in the documentation index, no documentation page exists; shape reconstructed.
    Deletes one purchase of a subaccount. Answers 200; no body is declared.

    Args:
        subaccount_id (int):
        purchase_id (int):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        subaccount_id=subaccount_id,
        purchase_id=purchase_id,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    subaccount_id: int,
    purchase_id: int,
    *,
    client: AuthenticatedClient,
) -> None:
    """Delete a subaccount's purchase

     Unverified: named in the documentation index, no documentation page exists; shape reconstructed.
    Deletes one purchase of a subaccount. Answers 200; no body is declared.

    Args:
        subaccount_id (int):
        purchase_id (int):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        None
    """

    return (
        await asyncio_detailed(
            subaccount_id=subaccount_id,
            purchase_id=purchase_id,
            client=client,
        )
    ).parsed
