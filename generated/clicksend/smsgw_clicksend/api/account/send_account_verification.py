from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_verification_envelope import AccountVerificationEnvelope
from ...models.account_verification_request import AccountVerificationRequest
from ...types import Response


def _get_kwargs(
    *,
    body: AccountVerificationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/account-verify/send",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AccountVerificationEnvelope:
    if response.status_code == 200:
        response_200 = AccountVerificationEnvelope.from_dict(response.json())

        return response_200

    # ours: every error status raises (documented or not, known to HTTPStatus or not); so does an undocumented success
    if response.status_code >= 400:
        raise errors.ErrorStatus(response.status_code, response.content, response.headers)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AccountVerificationEnvelope]:
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
    body: AccountVerificationRequest,
) -> Response[AccountVerificationEnvelope]:
    """Send Account Verification

     Sends an account activation token (a verification code) to the given phone, to be entered with
    Verify
    Account. Marked `x-spends-credit` because it sends a message to the phone number in the request.

    Args:
        body (AccountVerificationRequest): Where to send the account activation token.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[AccountVerificationEnvelope]
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
    body: AccountVerificationRequest,
) -> AccountVerificationEnvelope:
    """Send Account Verification

     Sends an account activation token (a verification code) to the given phone, to be entered with
    Verify
    Account. Marked `x-spends-credit` because it sends a message to the phone number in the request.

    Args:
        body (AccountVerificationRequest): Where to send the account activation token.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        AccountVerificationEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AccountVerificationRequest,
) -> Response[AccountVerificationEnvelope]:
    """Send Account Verification

     Sends an account activation token (a verification code) to the given phone, to be entered with
    Verify
    Account. Marked `x-spends-credit` because it sends a message to the phone number in the request.

    Args:
        body (AccountVerificationRequest): Where to send the account activation token.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[AccountVerificationEnvelope]
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
    body: AccountVerificationRequest,
) -> AccountVerificationEnvelope:
    """Send Account Verification

     Sends an account activation token (a verification code) to the given phone, to be entered with
    Verify
    Account. Marked `x-spends-credit` because it sends a message to the phone number in the request.

    Args:
        body (AccountVerificationRequest): Where to send the account activation token.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        AccountVerificationEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
