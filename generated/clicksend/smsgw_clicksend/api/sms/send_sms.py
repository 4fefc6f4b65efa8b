from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.sms_message_collection import SmsMessageCollection
from ...models.sms_send_result_envelope import SmsSendResultEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: SmsMessageCollection,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sms/send",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SmsSendResultEnvelope:
    if response.status_code == 200:
        response_200 = SmsSendResultEnvelope.from_dict(response.json())

        return response_200

    # ours: every error status raises (documented or not, known to HTTPStatus or not); so does an undocumented success
    if response.status_code >= 400:
        raise errors.ErrorStatus(response.status_code, response.content, response.headers)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SmsSendResultEnvelope]:
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
    body: SmsMessageCollection,
) -> Response[SmsSendResultEnvelope]:
    """Send SMS

     Sends up to 1000 messages in one call, to numbers (`to`) and/or whole contact lists (`list_id`), as
    long as
    the recipients total at most 1000. The answer is HTTP 200 even when some messages are refused: each
    entry
    of `data.messages` carries its own `status` (`SUCCESS`, `INVALID_RECIPIENT`, `COUNTRY_NOT_ENABLED`,
    ...).
    A message over 160 GSM 03.38 characters (70 for unicode) is sent in parts of 153 (67) characters,
    each
    charged as one message (the docs say a message longer than 6 parts is truncated, yet price up to 8
    parts).
    The test numbers of the introduction never send and never charge.

    Args:
        body (SmsMessageCollection): The body of Send SMS and Calculate SMS Price.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[SmsSendResultEnvelope]
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
    body: SmsMessageCollection,
) -> SmsSendResultEnvelope:
    """Send SMS

     Sends up to 1000 messages in one call, to numbers (`to`) and/or whole contact lists (`list_id`), as
    long as
    the recipients total at most 1000. The answer is HTTP 200 even when some messages are refused: each
    entry
    of `data.messages` carries its own `status` (`SUCCESS`, `INVALID_RECIPIENT`, `COUNTRY_NOT_ENABLED`,
    ...).
    A message over 160 GSM 03.38 characters (70 for unicode) is sent in parts of 153 (67) characters,
    each
    charged as one message (the docs say a message longer than 6 parts is truncated, yet price up to 8
    parts).
    The test numbers of the introduction never send and never charge.

    Args:
        body (SmsMessageCollection): The body of Send SMS and Calculate SMS Price.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        SmsSendResultEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SmsMessageCollection,
) -> Response[SmsSendResultEnvelope]:
    """Send SMS

     Sends up to 1000 messages in one call, to numbers (`to`) and/or whole contact lists (`list_id`), as
    long as
    the recipients total at most 1000. The answer is HTTP 200 even when some messages are refused: each
    entry
    of `data.messages` carries its own `status` (`SUCCESS`, `INVALID_RECIPIENT`, `COUNTRY_NOT_ENABLED`,
    ...).
    A message over 160 GSM 03.38 characters (70 for unicode) is sent in parts of 153 (67) characters,
    each
    charged as one message (the docs say a message longer than 6 parts is truncated, yet price up to 8
    parts).
    The test numbers of the introduction never send and never charge.

    Args:
        body (SmsMessageCollection): The body of Send SMS and Calculate SMS Price.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[SmsSendResultEnvelope]
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
    body: SmsMessageCollection,
) -> SmsSendResultEnvelope:
    """Send SMS

     Sends up to 1000 messages in one call, to numbers (`to`) and/or whole contact lists (`list_id`), as
    long as
    the recipients total at most 1000. The answer is HTTP 200 even when some messages are refused: each
    entry
    of `data.messages` carries its own `status` (`SUCCESS`, `INVALID_RECIPIENT`, `COUNTRY_NOT_ENABLED`,
    ...).
    A message over 160 GSM 03.38 characters (70 for unicode) is sent in parts of 153 (67) characters,
    each
    charged as one message (the docs say a message longer than 6 parts is truncated, yet price up to 8
    parts).
    The test numbers of the introduction never send and never charge.

    Args:
        body (SmsMessageCollection): The body of Send SMS and Calculate SMS Price.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        SmsSendResultEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
