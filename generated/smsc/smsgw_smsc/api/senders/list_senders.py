from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_senders_form import ListSendersForm
from ...types import Response


def _get_kwargs(
    *,
    body: ListSendersForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sys/senders.php#get=1",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
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
    client: AuthenticatedClient,
    body: ListSendersForm,
) -> Response[str]:
    """List sender names

     Unverified: the documentation names the flag (`get=1`, with `all=1` for every name instead of the
    approved ones only) but not the fields of the reply; the record `id`, `sender`, `cmt` is our
    reconstruction from the parameters of the other senders.php actions (`id`, `sender`, `cmt`).

    Reply: one record per line. fmt 0 `id = <id>, sender = <sender>[, cmt = <cmt>]`; fmt 1
    `<id>,<sender>[,<cmt>]`; fmt 2 `<list><item><id/><sender/>[<cmt/>]</item>...</list>`; fmt 3 a JSON
    array
    of `{"id", "sender"[, "cmt"]}`. No sender names at all is error 3 (no records).

    Args:
        body (ListSendersForm):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[str]
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
    body: ListSendersForm,
) -> str:
    """List sender names

     Unverified: the documentation names the flag (`get=1`, with `all=1` for every name instead of the
    approved ones only) but not the fields of the reply; the record `id`, `sender`, `cmt` is our
    reconstruction from the parameters of the other senders.php actions (`id`, `sender`, `cmt`).

    Reply: one record per line. fmt 0 `id = <id>, sender = <sender>[, cmt = <cmt>]`; fmt 1
    `<id>,<sender>[,<cmt>]`; fmt 2 `<list><item><id/><sender/>[<cmt/>]</item>...</list>`; fmt 3 a JSON
    array
    of `{"id", "sender"[, "cmt"]}`. No sender names at all is error 3 (no records).

    Args:
        body (ListSendersForm):

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
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ListSendersForm,
) -> Response[str]:
    """List sender names

     Unverified: the documentation names the flag (`get=1`, with `all=1` for every name instead of the
    approved ones only) but not the fields of the reply; the record `id`, `sender`, `cmt` is our
    reconstruction from the parameters of the other senders.php actions (`id`, `sender`, `cmt`).

    Reply: one record per line. fmt 0 `id = <id>, sender = <sender>[, cmt = <cmt>]`; fmt 1
    `<id>,<sender>[,<cmt>]`; fmt 2 `<list><item><id/><sender/>[<cmt/>]</item>...</list>`; fmt 3 a JSON
    array
    of `{"id", "sender"[, "cmt"]}`. No sender names at all is error 3 (no records).

    Args:
        body (ListSendersForm):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[str]
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
    body: ListSendersForm,
) -> str:
    """List sender names

     Unverified: the documentation names the flag (`get=1`, with `all=1` for every name instead of the
    approved ones only) but not the fields of the reply; the record `id`, `sender`, `cmt` is our
    reconstruction from the parameters of the other senders.php actions (`id`, `sender`, `cmt`).

    Reply: one record per line. fmt 0 `id = <id>, sender = <sender>[, cmt = <cmt>]`; fmt 1
    `<id>,<sender>[,<cmt>]`; fmt 2 `<list><item><id/><sender/>[<cmt/>]</item>...</list>`; fmt 3 a JSON
    array
    of `{"id", "sender"[, "cmt"]}`. No sender names at all is error 3 (no records).

    Args:
        body (ListSendersForm):

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
            body=body,
        )
    ).parsed
