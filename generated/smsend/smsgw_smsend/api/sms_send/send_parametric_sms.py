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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SmsSendResponse | str | None:
    if response.status_code == 201:
        response_201 = SmsSendResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = response.text
        return response_400

    if response.status_code == 401:
        response_401 = response.text
        return response_401

    if response.status_code == 404:
        response_404 = response.text
        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SmsSendResponse | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SmsParametricSendRequest,
) -> Response[SmsSendResponse | str]:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SmsSendResponse | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: SmsParametricSendRequest,
) -> SmsSendResponse | str | None:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SmsSendResponse | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SmsParametricSendRequest,
) -> Response[SmsSendResponse | str]:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SmsSendResponse | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SmsParametricSendRequest,
) -> SmsSendResponse | str | None:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SmsSendResponse | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
