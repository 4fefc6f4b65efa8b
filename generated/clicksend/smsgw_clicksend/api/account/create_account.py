from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_create_request import AccountCreateRequest
from ...models.account_envelope import AccountEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: AccountCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/account",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AccountEnvelope:
    if response.status_code == 200:
        response_200 = AccountEnvelope.from_dict(response.json())

        return response_200

    # ours: every error status raises (documented or not, known to HTTPStatus or not); so does an undocumented success
    if response.status_code >= 400:
        raise errors.ErrorStatus(response.status_code, response.content, response.headers)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AccountEnvelope]:
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
    client: AuthenticatedClient | Client,
    body: AccountCreateRequest,
) -> Response[AccountEnvelope]:
    """Create Account

     Creates a new account (no authentication). Then call Send Account Verification to send a code to the
    registered phone, and Verify Account with that code. The answer includes the new account's main
    subaccount (`_subaccount`) with its `api_username` and `api_key`, the credentials of the other
    calls.

    Args:
        body (AccountCreateRequest): A new account's owner and credentials.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[AccountEnvelope]
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
    client: AuthenticatedClient | Client,
    body: AccountCreateRequest,
) -> AccountEnvelope:
    """Create Account

     Creates a new account (no authentication). Then call Send Account Verification to send a code to the
    registered phone, and Verify Account with that code. The answer includes the new account's main
    subaccount (`_subaccount`) with its `api_username` and `api_key`, the credentials of the other
    calls.

    Args:
        body (AccountCreateRequest): A new account's owner and credentials.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        AccountEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AccountCreateRequest,
) -> Response[AccountEnvelope]:
    """Create Account

     Creates a new account (no authentication). Then call Send Account Verification to send a code to the
    registered phone, and Verify Account with that code. The answer includes the new account's main
    subaccount (`_subaccount`) with its `api_username` and `api_key`, the credentials of the other
    calls.

    Args:
        body (AccountCreateRequest): A new account's owner and credentials.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[AccountEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AccountCreateRequest,
) -> AccountEnvelope:
    """Create Account

     Creates a new account (no authentication). Then call Send Account Verification to send a code to the
    registered phone, and Verify Account with that code. The answer includes the new account's main
    subaccount (`_subaccount`) with its `api_username` and `api_key`, the credentials of the other
    calls.

    Args:
        body (AccountCreateRequest): A new account's owner and credentials.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        AccountEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
