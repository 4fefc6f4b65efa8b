from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.sms_group_send_request import SmsGroupSendRequest
from ...models.sms_send_response import SmsSendResponse
from ...types import Response


def _get_kwargs(
    *,
    body: SmsGroupSendRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/smstogroups",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SmsSendResponse | str | None:
    if response.status_code == 200:
        response_200 = SmsSendResponse.from_dict(response.json())

        return response_200

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
    body: SmsGroupSendRequest,
) -> Response[SmsSendResponse | str]:
    """Send an SMS message to a group

     Sends an SMS message to every contact of the named contacts groups (`recipient` holds group names,
    not
    phone numbers). Landing page, short link and sender alias rules are those of `send_sms`.
    The response body is not documented; it is modelled like the `send_sms` response (see errata).

    Args:
        body (SmsGroupSendRequest): Body of `send_sms_to_groups`.

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
    body: SmsGroupSendRequest,
) -> SmsSendResponse | str | None:
    """Send an SMS message to a group

     Sends an SMS message to every contact of the named contacts groups (`recipient` holds group names,
    not
    phone numbers). Landing page, short link and sender alias rules are those of `send_sms`.
    The response body is not documented; it is modelled like the `send_sms` response (see errata).

    Args:
        body (SmsGroupSendRequest): Body of `send_sms_to_groups`.

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
    body: SmsGroupSendRequest,
) -> Response[SmsSendResponse | str]:
    """Send an SMS message to a group

     Sends an SMS message to every contact of the named contacts groups (`recipient` holds group names,
    not
    phone numbers). Landing page, short link and sender alias rules are those of `send_sms`.
    The response body is not documented; it is modelled like the `send_sms` response (see errata).

    Args:
        body (SmsGroupSendRequest): Body of `send_sms_to_groups`.

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
    body: SmsGroupSendRequest,
) -> SmsSendResponse | str | None:
    """Send an SMS message to a group

     Sends an SMS message to every contact of the named contacts groups (`recipient` holds group names,
    not
    phone numbers). Landing page, short link and sender alias rules are those of `send_sms`.
    The response body is not documented; it is modelled like the `send_sms` response (see errata).

    Args:
        body (SmsGroupSendRequest): Body of `send_sms_to_groups`.

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
