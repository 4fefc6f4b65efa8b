from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.phone_send import PhoneSend
from ...types import Response


def _get_kwargs(
    message_text: str,
    phone: str,
    sender_code: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sms/sendMessageToPhone/{message_text}/{phone}/{sender_code}".format(
            message_text=quote(str(message_text), safe=""),
            phone=quote(str(phone), safe=""),
            sender_code=quote(str(sender_code), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[PhoneSend]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = PhoneSend.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    # ours: every error status raises (documented or not, known to HTTPStatus or not); so does an undocumented success
    if response.status_code >= 400:
        raise errors.ErrorStatus(response.status_code, response.content, response.headers)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[list[PhoneSend]]:
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
    message_text: str,
    phone: str,
    sender_code: str,
    *,
    client: AuthenticatedClient,
) -> Response[list[PhoneSend]]:
    """Send a one-off text to a phone

     Sends `messageText` (no predefined message needed) to `phone` from `senderCode`. The phone needs no
    subscription, but SMS opt-outs are honoured with no override: a phone that stopped sends from the
    sender
    code gets nothing. Fails (500) for an unknown sender code.

    Args:
        message_text (str): Any text; percent-encoded in the path, `+` sent as `%2B`.
        phone (str):
        sender_code (str):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[list[PhoneSend]]
    """

    kwargs = _get_kwargs(
        message_text=message_text,
        phone=phone,
        sender_code=sender_code,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    message_text: str,
    phone: str,
    sender_code: str,
    *,
    client: AuthenticatedClient,
) -> list[PhoneSend]:
    """Send a one-off text to a phone

     Sends `messageText` (no predefined message needed) to `phone` from `senderCode`. The phone needs no
    subscription, but SMS opt-outs are honoured with no override: a phone that stopped sends from the
    sender
    code gets nothing. Fails (500) for an unknown sender code.

    Args:
        message_text (str): Any text; percent-encoded in the path, `+` sent as `%2B`.
        phone (str):
        sender_code (str):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        list[PhoneSend]
    """

    return sync_detailed(
        message_text=message_text,
        phone=phone,
        sender_code=sender_code,
        client=client,
    ).parsed


async def asyncio_detailed(
    message_text: str,
    phone: str,
    sender_code: str,
    *,
    client: AuthenticatedClient,
) -> Response[list[PhoneSend]]:
    """Send a one-off text to a phone

     Sends `messageText` (no predefined message needed) to `phone` from `senderCode`. The phone needs no
    subscription, but SMS opt-outs are honoured with no override: a phone that stopped sends from the
    sender
    code gets nothing. Fails (500) for an unknown sender code.

    Args:
        message_text (str): Any text; percent-encoded in the path, `+` sent as `%2B`.
        phone (str):
        sender_code (str):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[list[PhoneSend]]
    """

    kwargs = _get_kwargs(
        message_text=message_text,
        phone=phone,
        sender_code=sender_code,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    message_text: str,
    phone: str,
    sender_code: str,
    *,
    client: AuthenticatedClient,
) -> list[PhoneSend]:
    """Send a one-off text to a phone

     Sends `messageText` (no predefined message needed) to `phone` from `senderCode`. The phone needs no
    subscription, but SMS opt-outs are honoured with no override: a phone that stopped sends from the
    sender
    code gets nothing. Fails (500) for an unknown sender code.

    Args:
        message_text (str): Any text; percent-encoded in the path, `+` sent as `%2B`.
        phone (str):
        sender_code (str):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        list[PhoneSend]
    """

    return (
        await asyncio_detailed(
            message_text=message_text,
            phone=phone,
            sender_code=sender_code,
            client=client,
        )
    ).parsed
