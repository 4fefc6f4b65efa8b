from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response, Unset


def _get_kwargs(
    list_id: int,
    group_id: int,
    *,
    sendoptin: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["sendoptin"] = sendoptin

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/list/{list_id}/group/{group_id}".format(
            list_id=quote(str(list_id), safe=""),
            group_id=quote(str(group_id), safe=""),
        ),
    }
    if params:  # ours: no empty params (httpx would parse the URL once more for them)
        _kwargs["params"] = params

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
    list_id: int,
    group_id: int,
    *,
    client: AuthenticatedClient,
    sendoptin: bool | Unset = False,
) -> Response[None]:
    """Add a contacts group to a list of distribution

     Adds all contacts of the given contacts group to the given distribution list (emails can only be
    sent to
    contacts in a distribution list), optionally sending them the opt-in email. The doc types `group_id`
    as
    String; it is an integer here, as in every contacts-group operation (see errata).

    Args:
        list_id (int):
        group_id (int):
        sendoptin (bool | Unset):  Default: False.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
        group_id=group_id,
        sendoptin=sendoptin,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    list_id: int,
    group_id: int,
    *,
    client: AuthenticatedClient,
    sendoptin: bool | Unset = False,
) -> None:
    """Add a contacts group to a list of distribution

     Adds all contacts of the given contacts group to the given distribution list (emails can only be
    sent to
    contacts in a distribution list), optionally sending them the opt-in email. The doc types `group_id`
    as
    String; it is an integer here, as in every contacts-group operation (see errata).

    Args:
        list_id (int):
        group_id (int):
        sendoptin (bool | Unset):  Default: False.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        None
    """

    return sync_detailed(
        list_id=list_id,
        group_id=group_id,
        client=client,
        sendoptin=sendoptin,
    ).parsed


async def asyncio_detailed(
    list_id: int,
    group_id: int,
    *,
    client: AuthenticatedClient,
    sendoptin: bool | Unset = False,
) -> Response[None]:
    """Add a contacts group to a list of distribution

     Adds all contacts of the given contacts group to the given distribution list (emails can only be
    sent to
    contacts in a distribution list), optionally sending them the opt-in email. The doc types `group_id`
    as
    String; it is an integer here, as in every contacts-group operation (see errata).

    Args:
        list_id (int):
        group_id (int):
        sendoptin (bool | Unset):  Default: False.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
        group_id=group_id,
        sendoptin=sendoptin,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    list_id: int,
    group_id: int,
    *,
    client: AuthenticatedClient,
    sendoptin: bool | Unset = False,
) -> None:
    """Add a contacts group to a list of distribution

     Adds all contacts of the given contacts group to the given distribution list (emails can only be
    sent to
    contacts in a distribution list), optionally sending them the opt-in email. The doc types `group_id`
    as
    String; it is an integer here, as in every contacts-group operation (see errata).

    Args:
        list_id (int):
        group_id (int):
        sendoptin (bool | Unset):  Default: False.

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
            list_id=list_id,
            group_id=group_id,
            client=client,
            sendoptin=sendoptin,
        )
    ).parsed
