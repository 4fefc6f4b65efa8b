from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response


def _get_kwargs(
    *,
    username: str,
    password: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["username"] = username

    params["password"] = password

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/login",
    }
    if params:  # ours: no empty params (httpx would parse the URL once more for them)
        _kwargs["params"] = params

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> str:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    # ours: every error status raises (documented or not, known to HTTPStatus or not); so does an undocumented success
    if response.status_code >= 400:
        raise errors.ErrorStatus(response.status_code, response.content, response.headers)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[str]:
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
    username: str,
    password: str,
) -> Response[str]:
    """Authenticate using a session key

     Logs in with the account's username and password (sent in the query string) and returns, as plain
    text, `USER_KEY;SESSION_KEY`. Send the two values on every later call as the `user_key` and
    `Session_key` headers. The session key expires after 5 minutes without API calls.
    Wrong credentials answer 404, not 401.

    Args:
        username (str):  Example: username.
        password (str):  Example: password.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[str]
    """

    kwargs = _get_kwargs(
        username=username,
        password=password,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    username: str,
    password: str,
) -> str:
    """Authenticate using a session key

     Logs in with the account's username and password (sent in the query string) and returns, as plain
    text, `USER_KEY;SESSION_KEY`. Send the two values on every later call as the `user_key` and
    `Session_key` headers. The session key expires after 5 minutes without API calls.
    Wrong credentials answer 404, not 401.

    Args:
        username (str):  Example: username.
        password (str):  Example: password.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        str
    """

    return sync_detailed(
        client=client,
        username=username,
        password=password,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    username: str,
    password: str,
) -> Response[str]:
    """Authenticate using a session key

     Logs in with the account's username and password (sent in the query string) and returns, as plain
    text, `USER_KEY;SESSION_KEY`. Send the two values on every later call as the `user_key` and
    `Session_key` headers. The session key expires after 5 minutes without API calls.
    Wrong credentials answer 404, not 401.

    Args:
        username (str):  Example: username.
        password (str):  Example: password.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[str]
    """

    kwargs = _get_kwargs(
        username=username,
        password=password,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    username: str,
    password: str,
) -> str:
    """Authenticate using a session key

     Logs in with the account's username and password (sent in the query string) and returns, as plain
    text, `USER_KEY;SESSION_KEY`. Send the two values on every later call as the `user_key` and
    `Session_key` headers. The session key expires after 5 minutes without API calls.
    Wrong credentials answer 404, not 401.

    Args:
        username (str):  Example: username.
        password (str):  Example: password.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        str
    """

    return (
        await asyncio_detailed(
            client=client,
            username=username,
            password=password,
        )
    ).parsed
