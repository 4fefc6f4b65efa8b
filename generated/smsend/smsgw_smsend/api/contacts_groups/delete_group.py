from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.boolean_string import BooleanString
from ...types import UNSET, Response, Unset


def _get_kwargs(
    group_id: int,
    *,
    deletecontacts: BooleanString | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_deletecontacts: str | Unset = UNSET
    if not isinstance(deletecontacts, Unset):
        json_deletecontacts = deletecontacts

    params["deletecontacts"] = json_deletecontacts

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/group/{group_id}".format(
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
    group_id: int,
    *,
    client: AuthenticatedClient,
    deletecontacts: BooleanString | Unset = UNSET,
) -> Response[None]:
    """Delete a contacts group

     Deletes a contacts group and, with `deletecontacts=true`, the contacts in it. Answers 200 with an
    empty body.

    Args:
        group_id (int):
        deletecontacts (BooleanString | Unset): A boolean written as the string "true" or "false".

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        deletecontacts=deletecontacts,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    group_id: int,
    *,
    client: AuthenticatedClient,
    deletecontacts: BooleanString | Unset = UNSET,
) -> None:
    """Delete a contacts group

     Deletes a contacts group and, with `deletecontacts=true`, the contacts in it. Answers 200 with an
    empty body.

    Args:
        group_id (int):
        deletecontacts (BooleanString | Unset): A boolean written as the string "true" or "false".

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        None
    """

    return sync_detailed(
        group_id=group_id,
        client=client,
        deletecontacts=deletecontacts,
    ).parsed


async def asyncio_detailed(
    group_id: int,
    *,
    client: AuthenticatedClient,
    deletecontacts: BooleanString | Unset = UNSET,
) -> Response[None]:
    """Delete a contacts group

     Deletes a contacts group and, with `deletecontacts=true`, the contacts in it. Answers 200 with an
    empty body.

    Args:
        group_id (int):
        deletecontacts (BooleanString | Unset): A boolean written as the string "true" or "false".

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        deletecontacts=deletecontacts,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    group_id: int,
    *,
    client: AuthenticatedClient,
    deletecontacts: BooleanString | Unset = UNSET,
) -> None:
    """Delete a contacts group

     Deletes a contacts group and, with `deletecontacts=true`, the contacts in it. Answers 200 with an
    empty body.

    Args:
        group_id (int):
        deletecontacts (BooleanString | Unset): A boolean written as the string "true" or "false".

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
            group_id=group_id,
            client=client,
            deletecontacts=deletecontacts,
        )
    ).parsed
