from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact import Contact
from ...types import Response


def _get_kwargs(
    contactid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contact/{contactid}".format(
            contactid=quote(str(contactid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Contact | str | None:
    if response.status_code == 200:
        response_200 = Contact.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Contact | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    contactid: str,
    *,
    client: AuthenticatedClient,
) -> Response[Contact | str]:
    """Get a contact

     Returns the details of a contact. The docs do not show the body; the response schema carries the
    contact fields of `create_contact` plus an `id`, all optional.

    Args:
        contactid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Contact | str]
    """

    kwargs = _get_kwargs(
        contactid=contactid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    contactid: str,
    *,
    client: AuthenticatedClient,
) -> Contact | str | None:
    """Get a contact

     Returns the details of a contact. The docs do not show the body; the response schema carries the
    contact fields of `create_contact` plus an `id`, all optional.

    Args:
        contactid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Contact | str
    """

    return sync_detailed(
        contactid=contactid,
        client=client,
    ).parsed


async def asyncio_detailed(
    contactid: str,
    *,
    client: AuthenticatedClient,
) -> Response[Contact | str]:
    """Get a contact

     Returns the details of a contact. The docs do not show the body; the response schema carries the
    contact fields of `create_contact` plus an `id`, all optional.

    Args:
        contactid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Contact | str]
    """

    kwargs = _get_kwargs(
        contactid=contactid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    contactid: str,
    *,
    client: AuthenticatedClient,
) -> Contact | str | None:
    """Get a contact

     Returns the details of a contact. The docs do not show the body; the response schema carries the
    contact fields of `create_contact` plus an `id`, all optional.

    Args:
        contactid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Contact | str
    """

    return (
        await asyncio_detailed(
            contactid=contactid,
            client=client,
        )
    ).parsed
