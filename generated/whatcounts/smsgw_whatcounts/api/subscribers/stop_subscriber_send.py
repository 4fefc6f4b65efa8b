from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.opt_out import OptOut
from ...types import Response


def _get_kwargs(
    phone: str,
    sender_code: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sms/stopSubscriberSend/{phone}/{sender_code}".format(
            phone=quote(str(phone), safe=""),
            sender_code=quote(str(sender_code), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> OptOut:
    if response.status_code == 200:
        response_200 = OptOut.from_dict(response.json())

        return response_200

    # ours: every error status raises (documented or not, known to HTTPStatus or not); so does an undocumented success
    if response.status_code >= 400:
        raise errors.ErrorStatus(response.status_code, response.content, response.headers)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[OptOut]:
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
    phone: str,
    sender_code: str,
    *,
    client: AuthenticatedClient,
) -> Response[OptOut]:
    """Stop sending to a contact

     Opts the contact `phone` out of sends from `senderCode` (as if it had answered STOP). Fails (500)
    for an
    unknown phone or sender code.

    Args:
        phone (str):
        sender_code (str):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[OptOut]
    """

    kwargs = _get_kwargs(
        phone=phone,
        sender_code=sender_code,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    phone: str,
    sender_code: str,
    *,
    client: AuthenticatedClient,
) -> OptOut:
    """Stop sending to a contact

     Opts the contact `phone` out of sends from `senderCode` (as if it had answered STOP). Fails (500)
    for an
    unknown phone or sender code.

    Args:
        phone (str):
        sender_code (str):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        OptOut
    """

    return sync_detailed(
        phone=phone,
        sender_code=sender_code,
        client=client,
    ).parsed


async def asyncio_detailed(
    phone: str,
    sender_code: str,
    *,
    client: AuthenticatedClient,
) -> Response[OptOut]:
    """Stop sending to a contact

     Opts the contact `phone` out of sends from `senderCode` (as if it had answered STOP). Fails (500)
    for an
    unknown phone or sender code.

    Args:
        phone (str):
        sender_code (str):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[OptOut]
    """

    kwargs = _get_kwargs(
        phone=phone,
        sender_code=sender_code,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    phone: str,
    sender_code: str,
    *,
    client: AuthenticatedClient,
) -> OptOut:
    """Stop sending to a contact

     Opts the contact `phone` out of sends from `senderCode` (as if it had answered STOP). Fails (500)
    for an
    unknown phone or sender code.

    Args:
        phone (str):
        sender_code (str):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        OptOut
    """

    return (
        await asyncio_detailed(
            phone=phone,
            sender_code=sender_code,
            client=client,
        )
    ).parsed
