from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response


def _get_kwargs(
    group_id: int,
    contact_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/group/{group_id}/contact/{contact_id}".format(
            group_id=quote(str(group_id), safe=""),
            contact_id=quote(str(contact_id), safe=""),
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
    group_id: int,
    contact_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[None]:
    """Add a contact to a group

     Adds an existing contact to a contacts group. No request body. Answers 200 with an empty body and
    the URL of the contact in the `Location` header. The doc types `contact_id` as Int here but as
    String in the contact operations; it is a digit string everywhere in this spec.

    Args:
        group_id (int):
        contact_id (str):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        contact_id=contact_id,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    group_id: int,
    contact_id: str,
    *,
    client: AuthenticatedClient,
) -> None:
    """Add a contact to a group

     Adds an existing contact to a contacts group. No request body. Answers 200 with an empty body and
    the URL of the contact in the `Location` header. The doc types `contact_id` as Int here but as
    String in the contact operations; it is a digit string everywhere in this spec.

    Args:
        group_id (int):
        contact_id (str):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        None
    """

    return sync_detailed(
        group_id=group_id,
        contact_id=contact_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    group_id: int,
    contact_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[None]:
    """Add a contact to a group

     Adds an existing contact to a contacts group. No request body. Answers 200 with an empty body and
    the URL of the contact in the `Location` header. The doc types `contact_id` as Int here but as
    String in the contact operations; it is a digit string everywhere in this spec.

    Args:
        group_id (int):
        contact_id (str):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        contact_id=contact_id,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    group_id: int,
    contact_id: str,
    *,
    client: AuthenticatedClient,
) -> None:
    """Add a contact to a group

     Adds an existing contact to a contacts group. No request body. Answers 200 with an empty body and
    the URL of the contact in the `Location` header. The doc types `contact_id` as Int here but as
    String in the contact operations; it is a digit string everywhere in this spec.

    Args:
        group_id (int):
        contact_id (str):

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
            group_id=group_id,
            contact_id=contact_id,
            client=client,
        )
    ).parsed
