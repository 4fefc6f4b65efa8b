from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.mms_send_request import MmsSendRequest
from ...models.mms_send_result_envelope import MmsSendResultEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: MmsSendRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/mms/send",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MmsSendResultEnvelope:
    if response.status_code == 200:
        response_200 = MmsSendResultEnvelope.from_dict(response.json())

        return response_200

    # ours: every error status raises (documented or not, known to HTTPStatus or not); so does an undocumented success
    if response.status_code >= 400:
        raise errors.ErrorStatus(response.status_code, response.content, response.headers)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MmsSendResultEnvelope]:
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
    body: MmsSendRequest,
) -> Response[MmsSendResultEnvelope]:
    """Send MMS

     Sends up to 1000 MMS messages (to numbers and/or contact lists, up to 1000 recipients in all) with
    one media file. The answer is HTTP 200 even when some messages are refused: each message of
    `data.messages` carries its own `status` (`SUCCESS` or an application code such as
    `SUBJECT_REQUIRED`, `INVALID_MEDIA_FILE`, `INVALID_RECIPIENT`). Standard messages hold 1500
    characters, unicode ones 500 (longer ones are truncated); the file may be up to 250 kB, and
    unsupported file types go through `POST /uploads?convert=mms` first. Each message needs `to` or
    `list_id`.

    Args:
        body (MmsSendRequest): The MMS messages to send (or price), with the one media file they
            carry.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[MmsSendResultEnvelope]
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
    body: MmsSendRequest,
) -> MmsSendResultEnvelope:
    """Send MMS

     Sends up to 1000 MMS messages (to numbers and/or contact lists, up to 1000 recipients in all) with
    one media file. The answer is HTTP 200 even when some messages are refused: each message of
    `data.messages` carries its own `status` (`SUCCESS` or an application code such as
    `SUBJECT_REQUIRED`, `INVALID_MEDIA_FILE`, `INVALID_RECIPIENT`). Standard messages hold 1500
    characters, unicode ones 500 (longer ones are truncated); the file may be up to 250 kB, and
    unsupported file types go through `POST /uploads?convert=mms` first. Each message needs `to` or
    `list_id`.

    Args:
        body (MmsSendRequest): The MMS messages to send (or price), with the one media file they
            carry.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        MmsSendResultEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: MmsSendRequest,
) -> Response[MmsSendResultEnvelope]:
    """Send MMS

     Sends up to 1000 MMS messages (to numbers and/or contact lists, up to 1000 recipients in all) with
    one media file. The answer is HTTP 200 even when some messages are refused: each message of
    `data.messages` carries its own `status` (`SUCCESS` or an application code such as
    `SUBJECT_REQUIRED`, `INVALID_MEDIA_FILE`, `INVALID_RECIPIENT`). Standard messages hold 1500
    characters, unicode ones 500 (longer ones are truncated); the file may be up to 250 kB, and
    unsupported file types go through `POST /uploads?convert=mms` first. Each message needs `to` or
    `list_id`.

    Args:
        body (MmsSendRequest): The MMS messages to send (or price), with the one media file they
            carry.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[MmsSendResultEnvelope]
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
    body: MmsSendRequest,
) -> MmsSendResultEnvelope:
    """Send MMS

     Sends up to 1000 MMS messages (to numbers and/or contact lists, up to 1000 recipients in all) with
    one media file. The answer is HTTP 200 even when some messages are refused: each message of
    `data.messages` carries its own `status` (`SUCCESS` or an application code such as
    `SUBJECT_REQUIRED`, `INVALID_MEDIA_FILE`, `INVALID_RECIPIENT`). Standard messages hold 1500
    characters, unicode ones 500 (longer ones are truncated); the file may be up to 250 kB, and
    unsupported file types go through `POST /uploads?convert=mms` first. Each message needs `to` or
    `list_id`.

    Args:
        body (MmsSendRequest): The MMS messages to send (or price), with the one media file they
            carry.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        MmsSendResultEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
