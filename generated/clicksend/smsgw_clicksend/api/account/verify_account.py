from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_envelope import AccountEnvelope
from ...types import Response


def _get_kwargs(
    activation_token: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/account-verify/verify/{activation_token}".format(
            activation_token=quote(str(activation_token), safe=""),
        ),
    }

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
    activation_token: int,
    *,
    client: AuthenticatedClient,
) -> Response[AccountEnvelope]:
    """Verify Account

     Verifies (activates) a new account with the activation token that Send Account Verification sent.
    The
    token is a path parameter (the docs type it `integer(int32)`); there is no request body.

    Args:
        activation_token (int):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[AccountEnvelope]
    """

    kwargs = _get_kwargs(
        activation_token=activation_token,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    activation_token: int,
    *,
    client: AuthenticatedClient,
) -> AccountEnvelope:
    """Verify Account

     Verifies (activates) a new account with the activation token that Send Account Verification sent.
    The
    token is a path parameter (the docs type it `integer(int32)`); there is no request body.

    Args:
        activation_token (int):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        AccountEnvelope
    """

    return sync_detailed(
        activation_token=activation_token,
        client=client,
    ).parsed


async def asyncio_detailed(
    activation_token: int,
    *,
    client: AuthenticatedClient,
) -> Response[AccountEnvelope]:
    """Verify Account

     Verifies (activates) a new account with the activation token that Send Account Verification sent.
    The
    token is a path parameter (the docs type it `integer(int32)`); there is no request body.

    Args:
        activation_token (int):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[AccountEnvelope]
    """

    kwargs = _get_kwargs(
        activation_token=activation_token,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    activation_token: int,
    *,
    client: AuthenticatedClient,
) -> AccountEnvelope:
    """Verify Account

     Verifies (activates) a new account with the activation token that Send Account Verification sent.
    The
    token is a path parameter (the docs type it `integer(int32)`); there is no request body.

    Args:
        activation_token (int):

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
            activation_token=activation_token,
            client=client,
        )
    ).parsed
