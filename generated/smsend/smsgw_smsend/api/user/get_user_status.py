from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.boolean_string import BooleanString
from ...models.user_status_response import UserStatusResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    get_money: BooleanString | Unset = UNSET,
    type_aliases: BooleanString | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_get_money: str | Unset = UNSET
    if not isinstance(get_money, Unset):
        json_get_money = get_money

    params["getMoney"] = json_get_money

    json_type_aliases: str | Unset = UNSET
    if not isinstance(type_aliases, Unset):
        json_type_aliases = type_aliases

    params["typeAliases"] = json_type_aliases

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/status",
    }
    if params:  # ours: no empty params (httpx would parse the URL once more for them)
        _kwargs["params"] = params

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> UserStatusResponse:
    if response.status_code == 200:
        response_200 = UserStatusResponse.from_dict(response.json())

        return response_200

    # ours: every error status raises (documented or not, known to HTTPStatus or not); so does an undocumented success
    if response.status_code >= 400:
        raise errors.ErrorStatus(response.status_code, response.content, response.headers)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[UserStatusResponse]:
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
    get_money: BooleanString | Unset = UNSET,
    type_aliases: BooleanString | Unset = UNSET,
) -> Response[UserStatusResponse]:
    """User status

     Returns the status of the user's services (remaining SMS per message type, email and landing-page
    services, and optionally the money left) as a JSON object. The docs do not show the object's shape;
    the response schema is loose.

    Args:
        get_money (BooleanString | Unset): A boolean written as the string "true" or "false".
        type_aliases (BooleanString | Unset): A boolean written as the string "true" or "false".

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[UserStatusResponse]
    """

    kwargs = _get_kwargs(
        get_money=get_money,
        type_aliases=type_aliases,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    get_money: BooleanString | Unset = UNSET,
    type_aliases: BooleanString | Unset = UNSET,
) -> UserStatusResponse:
    """User status

     Returns the status of the user's services (remaining SMS per message type, email and landing-page
    services, and optionally the money left) as a JSON object. The docs do not show the object's shape;
    the response schema is loose.

    Args:
        get_money (BooleanString | Unset): A boolean written as the string "true" or "false".
        type_aliases (BooleanString | Unset): A boolean written as the string "true" or "false".

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        UserStatusResponse
    """

    return sync_detailed(
        client=client,
        get_money=get_money,
        type_aliases=type_aliases,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    get_money: BooleanString | Unset = UNSET,
    type_aliases: BooleanString | Unset = UNSET,
) -> Response[UserStatusResponse]:
    """User status

     Returns the status of the user's services (remaining SMS per message type, email and landing-page
    services, and optionally the money left) as a JSON object. The docs do not show the object's shape;
    the response schema is loose.

    Args:
        get_money (BooleanString | Unset): A boolean written as the string "true" or "false".
        type_aliases (BooleanString | Unset): A boolean written as the string "true" or "false".

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[UserStatusResponse]
    """

    kwargs = _get_kwargs(
        get_money=get_money,
        type_aliases=type_aliases,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    get_money: BooleanString | Unset = UNSET,
    type_aliases: BooleanString | Unset = UNSET,
) -> UserStatusResponse:
    """User status

     Returns the status of the user's services (remaining SMS per message type, email and landing-page
    services, and optionally the money left) as a JSON object. The docs do not show the object's shape;
    the response schema is loose.

    Args:
        get_money (BooleanString | Unset): A boolean written as the string "true" or "false".
        type_aliases (BooleanString | Unset): A boolean written as the string "true" or "false".

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        UserStatusResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            get_money=get_money,
            type_aliases=type_aliases,
        )
    ).parsed
