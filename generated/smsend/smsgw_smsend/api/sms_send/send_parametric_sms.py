from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.sms_parametric_send_request import SmsParametricSendRequest
from ...models.sms_send_response import SmsSendResponse
from ...types import Response


def _get_kwargs(
    *,
    body: SmsParametricSendRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/paramsms",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SmsSendResponse:
    if response.status_code == 201:
        response_201 = SmsSendResponse.from_dict(response.json())

        return response_201

    # ours: every error status raises (documented or not, known to HTTPStatus or not); so does an undocumented success
    if response.status_code >= 400:
        raise errors.ErrorStatus(response.status_code, response.content, response.headers)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[SmsSendResponse]:
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
    body: SmsParametricSendRequest,
) -> Response[SmsSendResponse]:
    """Send a parametric SMS message

     Sends an SMS whose body holds `${ParameterName}` placeholders; for each recipient the request gives
    the
    values that replace them. `recipients` is a JSON object (not an array) keyed by arbitrary indices
    such as
    "0", "1"; each value holds `recipient` plus one string per placeholder. If a message exceeds 1000
    characters after substitution the request fails. Landing page, short link and sender alias rules are
    those of `send_sms`.
    The doc gives 200 as the success status; this spec uses 201 like `send_sms`, which the vendor's own
    client expects (see errata).

    Args:
        body (SmsParametricSendRequest): Body of `send_parametric_sms`.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[SmsSendResponse]
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
    body: SmsParametricSendRequest,
) -> SmsSendResponse:
    """Send a parametric SMS message

     Sends an SMS whose body holds `${ParameterName}` placeholders; for each recipient the request gives
    the
    values that replace them. `recipients` is a JSON object (not an array) keyed by arbitrary indices
    such as
    "0", "1"; each value holds `recipient` plus one string per placeholder. If a message exceeds 1000
    characters after substitution the request fails. Landing page, short link and sender alias rules are
    those of `send_sms`.
    The doc gives 200 as the success status; this spec uses 201 like `send_sms`, which the vendor's own
    client expects (see errata).

    Args:
        body (SmsParametricSendRequest): Body of `send_parametric_sms`.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        SmsSendResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SmsParametricSendRequest,
) -> Response[SmsSendResponse]:
    """Send a parametric SMS message

     Sends an SMS whose body holds `${ParameterName}` placeholders; for each recipient the request gives
    the
    values that replace them. `recipients` is a JSON object (not an array) keyed by arbitrary indices
    such as
    "0", "1"; each value holds `recipient` plus one string per placeholder. If a message exceeds 1000
    characters after substitution the request fails. Landing page, short link and sender alias rules are
    those of `send_sms`.
    The doc gives 200 as the success status; this spec uses 201 like `send_sms`, which the vendor's own
    client expects (see errata).

    Args:
        body (SmsParametricSendRequest): Body of `send_parametric_sms`.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[SmsSendResponse]
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
    body: SmsParametricSendRequest,
) -> SmsSendResponse:
    """Send a parametric SMS message

     Sends an SMS whose body holds `${ParameterName}` placeholders; for each recipient the request gives
    the
    values that replace them. `recipients` is a JSON object (not an array) keyed by arbitrary indices
    such as
    "0", "1"; each value holds `recipient` plus one string per placeholder. If a message exceeds 1000
    characters after substitution the request fails. Landing page, short link and sender alias rules are
    those of `send_sms`.
    The doc gives 200 as the success status; this spec uses 201 like `send_sms`, which the vendor's own
    client expects (see errata).

    Args:
        body (SmsParametricSendRequest): Body of `send_parametric_sms`.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        SmsSendResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
