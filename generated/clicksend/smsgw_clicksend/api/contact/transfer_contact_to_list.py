from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_envelope import ContactEnvelope
from ...types import Response


def _get_kwargs(
    from_list_id: int,
    contact_id: int,
    to_list_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/lists/{from_list_id}/contacts/{contact_id}/transfer/{to_list_id}".format(
            from_list_id=quote(str(from_list_id), safe=""),
            contact_id=quote(str(contact_id), safe=""),
            to_list_id=quote(str(to_list_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ContactEnvelope:
    if response.status_code == 200:
        response_200 = ContactEnvelope.from_dict(response.json())

        return response_200

    # ours: every error status raises (documented or not, known to HTTPStatus or not); so does an undocumented success
    if response.status_code >= 400:
        raise errors.ErrorStatus(response.status_code, response.content, response.headers)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ContactEnvelope]:
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
    from_list_id: int,
    contact_id: int,
    to_list_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ContactEnvelope]:
    """Transfer Contact to List

     Moves a contact to another list; the answer is the contact in `to_list_id`.

    Args:
        from_list_id (int):
        contact_id (int):
        to_list_id (int):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[ContactEnvelope]
    """

    kwargs = _get_kwargs(
        from_list_id=from_list_id,
        contact_id=contact_id,
        to_list_id=to_list_id,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    from_list_id: int,
    contact_id: int,
    to_list_id: int,
    *,
    client: AuthenticatedClient,
) -> ContactEnvelope:
    """Transfer Contact to List

     Moves a contact to another list; the answer is the contact in `to_list_id`.

    Args:
        from_list_id (int):
        contact_id (int):
        to_list_id (int):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        ContactEnvelope
    """

    return sync_detailed(
        from_list_id=from_list_id,
        contact_id=contact_id,
        to_list_id=to_list_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    from_list_id: int,
    contact_id: int,
    to_list_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ContactEnvelope]:
    """Transfer Contact to List

     Moves a contact to another list; the answer is the contact in `to_list_id`.

    Args:
        from_list_id (int):
        contact_id (int):
        to_list_id (int):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[ContactEnvelope]
    """

    kwargs = _get_kwargs(
        from_list_id=from_list_id,
        contact_id=contact_id,
        to_list_id=to_list_id,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    from_list_id: int,
    contact_id: int,
    to_list_id: int,
    *,
    client: AuthenticatedClient,
) -> ContactEnvelope:
    """Transfer Contact to List

     Moves a contact to another list; the answer is the contact in `to_list_id`.

    Args:
        from_list_id (int):
        contact_id (int):
        to_list_id (int):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        ContactEnvelope
    """

    return (
        await asyncio_detailed(
            from_list_id=from_list_id,
            contact_id=contact_id,
            to_list_id=to_list_id,
            client=client,
        )
    ).parsed
