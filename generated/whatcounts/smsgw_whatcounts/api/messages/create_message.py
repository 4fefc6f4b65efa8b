from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.message import Message
from ...types import UNSET, Response, Unset


def _get_kwargs(
    message_name: str,
    message_text: str,
    *,
    label: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["label"] = label

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sms/createMessage/{message_name}/{message_text}".format(
            message_name=quote(str(message_name), safe=""),
            message_text=quote(str(message_text), safe=""),
        ),
    }
    if params:  # ours: no empty params (httpx would parse the URL once more for them)
        _kwargs["params"] = params

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Message:
    if response.status_code == 200:
        response_200 = Message.from_dict(response.json())

        return response_200

    # ours: every error status raises (documented or not, known to HTTPStatus or not); so does an undocumented success
    if response.status_code >= 400:
        raise errors.ErrorStatus(response.status_code, response.content, response.headers)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Message]:
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
    message_name: str,
    message_text: str,
    *,
    client: AuthenticatedClient,
    label: str | Unset = UNSET,
) -> Response[Message]:
    """Create an SMS message

     Creates the message content `messageText` under the unique name `messageName`, optionally with
    predefined
    labels. Fails (500) when the name or text is blank or the name exists already. With a label the
    realm does
    not define, the message **is created** and the answer is still a 500 (documented behaviour).

    Args:
        message_name (str): Any text; percent-encoded in the path, `+` sent as `%2B`.
        message_text (str): Any text; percent-encoded in the path, `+` sent as `%2B`.
        label (str | Unset):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[Message]
    """

    kwargs = _get_kwargs(
        message_name=message_name,
        message_text=message_text,
        label=label,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    message_name: str,
    message_text: str,
    *,
    client: AuthenticatedClient,
    label: str | Unset = UNSET,
) -> Message:
    """Create an SMS message

     Creates the message content `messageText` under the unique name `messageName`, optionally with
    predefined
    labels. Fails (500) when the name or text is blank or the name exists already. With a label the
    realm does
    not define, the message **is created** and the answer is still a 500 (documented behaviour).

    Args:
        message_name (str): Any text; percent-encoded in the path, `+` sent as `%2B`.
        message_text (str): Any text; percent-encoded in the path, `+` sent as `%2B`.
        label (str | Unset):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Message
    """

    return sync_detailed(
        message_name=message_name,
        message_text=message_text,
        client=client,
        label=label,
    ).parsed


async def asyncio_detailed(
    message_name: str,
    message_text: str,
    *,
    client: AuthenticatedClient,
    label: str | Unset = UNSET,
) -> Response[Message]:
    """Create an SMS message

     Creates the message content `messageText` under the unique name `messageName`, optionally with
    predefined
    labels. Fails (500) when the name or text is blank or the name exists already. With a label the
    realm does
    not define, the message **is created** and the answer is still a 500 (documented behaviour).

    Args:
        message_name (str): Any text; percent-encoded in the path, `+` sent as `%2B`.
        message_text (str): Any text; percent-encoded in the path, `+` sent as `%2B`.
        label (str | Unset):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[Message]
    """

    kwargs = _get_kwargs(
        message_name=message_name,
        message_text=message_text,
        label=label,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    message_name: str,
    message_text: str,
    *,
    client: AuthenticatedClient,
    label: str | Unset = UNSET,
) -> Message:
    """Create an SMS message

     Creates the message content `messageText` under the unique name `messageName`, optionally with
    predefined
    labels. Fails (500) when the name or text is blank or the name exists already. With a label the
    realm does
    not define, the message **is created** and the answer is still a 500 (documented behaviour).

    Args:
        message_name (str): Any text; percent-encoded in the path, `+` sent as `%2B`.
        message_text (str): Any text; percent-encoded in the path, `+` sent as `%2B`.
        label (str | Unset):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Message
    """

    return (
        await asyncio_detailed(
            message_name=message_name,
            message_text=message_text,
            client=client,
            label=label,
        )
    ).parsed
