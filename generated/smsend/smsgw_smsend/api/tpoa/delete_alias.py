from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response


def _get_kwargs(
    alias_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/alias/{alias_id}".format(
            alias_id=quote(str(alias_id), safe=""),
        ),
    }

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
    alias_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Any | str]:
    """Remove an alias

     Deletes a TPOA alias. Answers 200 ("Alias successfully deleted"); the body is not documented.

    Args:
        alias_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | str]
    """

    kwargs = _get_kwargs(
        alias_id=alias_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    alias_id: int,
    *,
    client: AuthenticatedClient,
) -> Any | str | None:
    """Remove an alias

     Deletes a TPOA alias. Answers 200 ("Alias successfully deleted"); the body is not documented.

    Args:
        alias_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | str
    """

    return sync_detailed(
        alias_id=alias_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    alias_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Any | str]:
    """Remove an alias

     Deletes a TPOA alias. Answers 200 ("Alias successfully deleted"); the body is not documented.

    Args:
        alias_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | str]
    """

    kwargs = _get_kwargs(
        alias_id=alias_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    alias_id: int,
    *,
    client: AuthenticatedClient,
) -> Any | str | None:
    """Remove an alias

     Deletes a TPOA alias. Answers 200 ("Alias successfully deleted"); the body is not documented.

    Args:
        alias_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | str
    """

    return (
        await asyncio_detailed(
            alias_id=alias_id,
            client=client,
        )
    ).parsed
