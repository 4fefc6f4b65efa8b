from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.alias_create_request import AliasCreateRequest
from ...types import Response


def _get_kwargs(
    *,
    body: AliasCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/alias",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | str | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AliasCreateRequest,
) -> Response[Any | str]:
    """Create a new alias

     Creates a new TPOA alias (SMS sender name), to be confirmed by smSend/AGCOM. The body wraps all
    the alias data in an object under the key `alias` (which itself has an `alias` field, the sender
    text); the keys are hyphenated. The docs do not describe the 200 body, so none is declared; the
    new alias can be found with `list_aliases`.

    Args:
        body (AliasCreateRequest): The create-alias body: the alias data wrapped under the key
            `alias`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: AliasCreateRequest,
) -> Any | str | None:
    """Create a new alias

     Creates a new TPOA alias (SMS sender name), to be confirmed by smSend/AGCOM. The body wraps all
    the alias data in an object under the key `alias` (which itself has an `alias` field, the sender
    text); the keys are hyphenated. The docs do not describe the 200 body, so none is declared; the
    new alias can be found with `list_aliases`.

    Args:
        body (AliasCreateRequest): The create-alias body: the alias data wrapped under the key
            `alias`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AliasCreateRequest,
) -> Response[Any | str]:
    """Create a new alias

     Creates a new TPOA alias (SMS sender name), to be confirmed by smSend/AGCOM. The body wraps all
    the alias data in an object under the key `alias` (which itself has an `alias` field, the sender
    text); the keys are hyphenated. The docs do not describe the 200 body, so none is declared; the
    new alias can be found with `list_aliases`.

    Args:
        body (AliasCreateRequest): The create-alias body: the alias data wrapped under the key
            `alias`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AliasCreateRequest,
) -> Any | str | None:
    """Create a new alias

     Creates a new TPOA alias (SMS sender name), to be confirmed by smSend/AGCOM. The body wraps all
    the alias data in an object under the key `alias` (which itself has an `alias` field, the sender
    text); the keys are hyphenated. The docs do not describe the 200 body, so none is declared; the
    new alias can be found with `list_aliases`.

    Args:
        body (AliasCreateRequest): The create-alias body: the alias data wrapped under the key
            `alias`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
