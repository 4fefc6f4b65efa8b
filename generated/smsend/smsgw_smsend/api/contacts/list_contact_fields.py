from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_field import ContactField
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contacts/fields",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[ContactField]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_contact_field_list_item_data in _response_200:
            componentsschemas_contact_field_list_item = ContactField.from_dict(
                componentsschemas_contact_field_list_item_data
            )

            response_200.append(componentsschemas_contact_field_list_item)

        return response_200

    # ours: every error status raises (documented or not, known to HTTPStatus or not); so does an undocumented success
    if response.status_code >= 400:
        raise errors.ErrorStatus(response.status_code, response.content, response.headers)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[list[ContactField]]:
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
) -> Response[list[ContactField]]:
    """List contact's custom fields

     Returns the custom contact fields the user has defined. The doc page shows the host
    `api.smsend.it` (a typo: the normal server is used) and does not show the body; the item schema is
    a loose reconstruction. The doc page lists no 404; it is listed here.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[list[ContactField]]
    """

    kwargs = _get_kwargs()

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> list[ContactField]:
    """List contact's custom fields

     Returns the custom contact fields the user has defined. The doc page shows the host
    `api.smsend.it` (a typo: the normal server is used) and does not show the body; the item schema is
    a loose reconstruction. The doc page lists no 404; it is listed here.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        list[ContactField]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[list[ContactField]]:
    """List contact's custom fields

     Returns the custom contact fields the user has defined. The doc page shows the host
    `api.smsend.it` (a typo: the normal server is used) and does not show the body; the item schema is
    a loose reconstruction. The doc page lists no 404; it is listed here.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[list[ContactField]]
    """

    kwargs = _get_kwargs()

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> list[ContactField]:
    """List contact's custom fields

     Returns the custom contact fields the user has defined. The doc page shows the host
    `api.smsend.it` (a typo: the normal server is used) and does not show the body; the item schema is
    a loose reconstruction. The doc page lists no 404; it is listed here.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        list[ContactField]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
