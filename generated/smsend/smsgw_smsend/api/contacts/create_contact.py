from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_create_request import ContactCreateRequest
from ...types import Response


def _get_kwargs(
    *,
    body: ContactCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contact",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    if response.status_code == 201:
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
    *,
    client: AuthenticatedClient,
    body: ContactCreateRequest,
) -> Response[None]:
    """Add a contact

     Adds a contact to the user's address book. At least one of `email` and `phoneNumber` must be given
    (the docs mark both "required" but state that one of the two is enough): both are optional in the
    schema and a body with neither is answered with 400. Answers 201 with an empty body and the path
    of the new contact in the `Location` header.

    Args:
        body (ContactCreateRequest): A contact. At least one of `email` and `phoneNumber` must be
            given (not expressible here; the
            server answers 400 when both are missing).

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ContactCreateRequest,
) -> None:
    """Add a contact

     Adds a contact to the user's address book. At least one of `email` and `phoneNumber` must be given
    (the docs mark both "required" but state that one of the two is enough): both are optional in the
    schema and a body with neither is answered with 400. Answers 201 with an empty body and the path
    of the new contact in the `Location` header.

    Args:
        body (ContactCreateRequest): A contact. At least one of `email` and `phoneNumber` must be
            given (not expressible here; the
            server answers 400 when both are missing).

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        None
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ContactCreateRequest,
) -> Response[None]:
    """Add a contact

     Adds a contact to the user's address book. At least one of `email` and `phoneNumber` must be given
    (the docs mark both "required" but state that one of the two is enough): both are optional in the
    schema and a body with neither is answered with 400. Answers 201 with an empty body and the path
    of the new contact in the `Location` header.

    Args:
        body (ContactCreateRequest): A contact. At least one of `email` and `phoneNumber` must be
            given (not expressible here; the
            server answers 400 when both are missing).

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ContactCreateRequest,
) -> None:
    """Add a contact

     Adds a contact to the user's address book. At least one of `email` and `phoneNumber` must be given
    (the docs mark both "required" but state that one of the two is enough): both are optional in the
    schema and a body with neither is answered with 400. Answers 201 with an empty body and the path
    of the new contact in the `Location` header.

    Args:
        body (ContactCreateRequest): A contact. At least one of `email` and `phoneNumber` must be
            given (not expressible here; the
            server answers 400 when both are missing).

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
            client=client,
            body=body,
        )
    ).parsed
