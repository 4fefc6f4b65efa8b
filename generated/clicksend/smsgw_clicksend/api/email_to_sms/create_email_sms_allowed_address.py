from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.email_sms_allowed_address_envelope import EmailSmsAllowedAddressEnvelope
from ...models.email_sms_allowed_address_request import EmailSmsAllowedAddressRequest
from ...types import Response


def _get_kwargs(
    *,
    body: EmailSmsAllowedAddressRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sms/email-sms",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmailSmsAllowedAddressEnvelope:
    if response.status_code == 200:
        response_200 = EmailSmsAllowedAddressEnvelope.from_dict(response.json())

        return response_200

    # ours: every error status raises (documented or not, known to HTTPStatus or not); so does an undocumented success
    if response.status_code >= 400:
        raise errors.ErrorStatus(response.status_code, response.content, response.headers)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EmailSmsAllowedAddressEnvelope]:
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
    body: EmailSmsAllowedAddressRequest,
) -> Response[EmailSmsAllowedAddressEnvelope]:
    """Add Allowed Email

     Allows an email address to send SMS by email, optionally with the sender ID its SMS use; answers it
    with its `email_address_id`.

    Args:
        body (EmailSmsAllowedAddressRequest): An email address to allow to send SMS by email
            (Email to SMS).

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[EmailSmsAllowedAddressEnvelope]
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
    body: EmailSmsAllowedAddressRequest,
) -> EmailSmsAllowedAddressEnvelope:
    """Add Allowed Email

     Allows an email address to send SMS by email, optionally with the sender ID its SMS use; answers it
    with its `email_address_id`.

    Args:
        body (EmailSmsAllowedAddressRequest): An email address to allow to send SMS by email
            (Email to SMS).

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        EmailSmsAllowedAddressEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: EmailSmsAllowedAddressRequest,
) -> Response[EmailSmsAllowedAddressEnvelope]:
    """Add Allowed Email

     Allows an email address to send SMS by email, optionally with the sender ID its SMS use; answers it
    with its `email_address_id`.

    Args:
        body (EmailSmsAllowedAddressRequest): An email address to allow to send SMS by email
            (Email to SMS).

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[EmailSmsAllowedAddressEnvelope]
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
    body: EmailSmsAllowedAddressRequest,
) -> EmailSmsAllowedAddressEnvelope:
    """Add Allowed Email

     Allows an email address to send SMS by email, optionally with the sender ID its SMS use; answers it
    with its `email_address_id`.

    Args:
        body (EmailSmsAllowedAddressRequest): An email address to allow to send SMS by email
            (Email to SMS).

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        EmailSmsAllowedAddressEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
