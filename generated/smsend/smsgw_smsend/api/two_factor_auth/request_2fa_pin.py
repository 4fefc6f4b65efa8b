from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.two_factor_pin_send_request import TwoFactorPinSendRequest
from ...models.two_factor_pin_send_response import TwoFactorPinSendResponse
from ...types import Response


def _get_kwargs(
    *,
    body: TwoFactorPinSendRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2fa/request",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> TwoFactorPinSendResponse:
    if response.status_code == 200:
        response_200 = TwoFactorPinSendResponse.from_dict(response.json())

        return response_200

    # ours: every error status raises (documented or not, known to HTTPStatus or not); so does an undocumented success
    if response.status_code >= 400:
        raise errors.ErrorStatus(response.status_code, response.content, response.headers)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TwoFactorPinSendResponse]:
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
    body: TwoFactorPinSendRequest,
) -> Response[TwoFactorPinSendResponse]:
    """Request a 2FA Pin

     Generates a PIN and sends it by SMS (highest quality, preferred route) to the given phone number.
    `messageBody` may hold the `%PIN%` placeholder; without it the PIN is appended. The success body is
    not
    documented; it is modelled as a loose object with `status`. An invalid recipient, senderName or
    expiry,
    or a sending error such as not enough credit, gives 400.

    Args:
        body (TwoFactorPinSendRequest): Body of `request_2fa_pin`.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[TwoFactorPinSendResponse]
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
    body: TwoFactorPinSendRequest,
) -> TwoFactorPinSendResponse:
    """Request a 2FA Pin

     Generates a PIN and sends it by SMS (highest quality, preferred route) to the given phone number.
    `messageBody` may hold the `%PIN%` placeholder; without it the PIN is appended. The success body is
    not
    documented; it is modelled as a loose object with `status`. An invalid recipient, senderName or
    expiry,
    or a sending error such as not enough credit, gives 400.

    Args:
        body (TwoFactorPinSendRequest): Body of `request_2fa_pin`.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        TwoFactorPinSendResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: TwoFactorPinSendRequest,
) -> Response[TwoFactorPinSendResponse]:
    """Request a 2FA Pin

     Generates a PIN and sends it by SMS (highest quality, preferred route) to the given phone number.
    `messageBody` may hold the `%PIN%` placeholder; without it the PIN is appended. The success body is
    not
    documented; it is modelled as a loose object with `status`. An invalid recipient, senderName or
    expiry,
    or a sending error such as not enough credit, gives 400.

    Args:
        body (TwoFactorPinSendRequest): Body of `request_2fa_pin`.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[TwoFactorPinSendResponse]
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
    body: TwoFactorPinSendRequest,
) -> TwoFactorPinSendResponse:
    """Request a 2FA Pin

     Generates a PIN and sends it by SMS (highest quality, preferred route) to the given phone number.
    `messageBody` may hold the `%PIN%` placeholder; without it the PIN is appended. The success body is
    not
    documented; it is modelled as a loose object with `status`. An invalid recipient, senderName or
    expiry,
    or a sending error such as not enough credit, gives 400.

    Args:
        body (TwoFactorPinSendRequest): Body of `request_2fa_pin`.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        TwoFactorPinSendResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
