from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.empty_list_envelope import EmptyListEnvelope
from ...types import Response


def _get_kwargs(
    return_address_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/post/return-addresses/{return_address_id}".format(
            return_address_id=quote(str(return_address_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EmptyListEnvelope:
    if response.status_code == 200:
        response_200 = EmptyListEnvelope.from_dict(response.json())

        return response_200

    # ours: every error status raises (documented or not, known to HTTPStatus or not); so does an undocumented success
    if response.status_code >= 400:
        raise errors.ErrorStatus(response.status_code, response.content, response.headers)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EmptyListEnvelope]:
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
    return_address_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[EmptyListEnvelope]:
    """Delete Return Address

     Deletes a post return address. `data` is an empty array.

    Args:
        return_address_id (int):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[EmptyListEnvelope]
    """

    kwargs = _get_kwargs(
        return_address_id=return_address_id,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    return_address_id: int,
    *,
    client: AuthenticatedClient,
) -> EmptyListEnvelope:
    """Delete Return Address

     Deletes a post return address. `data` is an empty array.

    Args:
        return_address_id (int):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        EmptyListEnvelope
    """

    return sync_detailed(
        return_address_id=return_address_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    return_address_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[EmptyListEnvelope]:
    """Delete Return Address

     Deletes a post return address. `data` is an empty array.

    Args:
        return_address_id (int):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[EmptyListEnvelope]
    """

    kwargs = _get_kwargs(
        return_address_id=return_address_id,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    return_address_id: int,
    *,
    client: AuthenticatedClient,
) -> EmptyListEnvelope:
    """Delete Return Address

     Deletes a post return address. `data` is an empty array.

    Args:
        return_address_id (int):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        EmptyListEnvelope
    """

    return (
        await asyncio_detailed(
            return_address_id=return_address_id,
            client=client,
        )
    ).parsed
