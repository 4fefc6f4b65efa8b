from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.campaign import Campaign
from ...types import UNSET, Response, Unset


def _get_kwargs(
    sms_message_name: str,
    sms_sender_code: str,
    sms_campaign_name: str,
    *,
    description: str | Unset = UNSET,
    group_name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["description"] = description

    params["groupName"] = group_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sms/sendMessageToSenderCode/{sms_message_name}/{sms_sender_code}/{sms_campaign_name}".format(
            sms_message_name=quote(str(sms_message_name), safe=""),
            sms_sender_code=quote(str(sms_sender_code), safe=""),
            sms_campaign_name=quote(str(sms_campaign_name), safe=""),
        ),
    }
    if params:  # ours: no empty params (httpx would parse the URL once more for them)
        _kwargs["params"] = params

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Campaign:
    if response.status_code == 200:
        response_200 = Campaign.from_dict(response.json())

        return response_200

    # ours: every error status raises (documented or not, known to HTTPStatus or not); so does an undocumented success
    if response.status_code >= 400:
        raise errors.ErrorStatus(response.status_code, response.content, response.headers)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Campaign]:
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
    sms_message_name: str,
    sms_sender_code: str,
    sms_campaign_name: str,
    *,
    client: AuthenticatedClient,
    description: str | Unset = UNSET,
    group_name: str | Unset = UNSET,
) -> Response[Campaign]:
    """Send a message to every subscriber of a sender code

     Creates the campaign `smsCampaignName` that sends the predefined message `smsMessageName` to all
    contacts
    subscribed to `smsSenderCode` (or to its group `groupName`), except those who stopped sends. Fails
    (500)
    for an unknown message or sender code.

    Args:
        sms_message_name (str): Any text; percent-encoded in the path, `+` sent as `%2B`.
        sms_sender_code (str):
        sms_campaign_name (str): Any text; percent-encoded in the path, `+` sent as `%2B`.
        description (str | Unset):
        group_name (str | Unset):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[Campaign]
    """

    kwargs = _get_kwargs(
        sms_message_name=sms_message_name,
        sms_sender_code=sms_sender_code,
        sms_campaign_name=sms_campaign_name,
        description=description,
        group_name=group_name,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    sms_message_name: str,
    sms_sender_code: str,
    sms_campaign_name: str,
    *,
    client: AuthenticatedClient,
    description: str | Unset = UNSET,
    group_name: str | Unset = UNSET,
) -> Campaign:
    """Send a message to every subscriber of a sender code

     Creates the campaign `smsCampaignName` that sends the predefined message `smsMessageName` to all
    contacts
    subscribed to `smsSenderCode` (or to its group `groupName`), except those who stopped sends. Fails
    (500)
    for an unknown message or sender code.

    Args:
        sms_message_name (str): Any text; percent-encoded in the path, `+` sent as `%2B`.
        sms_sender_code (str):
        sms_campaign_name (str): Any text; percent-encoded in the path, `+` sent as `%2B`.
        description (str | Unset):
        group_name (str | Unset):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Campaign
    """

    return sync_detailed(
        sms_message_name=sms_message_name,
        sms_sender_code=sms_sender_code,
        sms_campaign_name=sms_campaign_name,
        client=client,
        description=description,
        group_name=group_name,
    ).parsed


async def asyncio_detailed(
    sms_message_name: str,
    sms_sender_code: str,
    sms_campaign_name: str,
    *,
    client: AuthenticatedClient,
    description: str | Unset = UNSET,
    group_name: str | Unset = UNSET,
) -> Response[Campaign]:
    """Send a message to every subscriber of a sender code

     Creates the campaign `smsCampaignName` that sends the predefined message `smsMessageName` to all
    contacts
    subscribed to `smsSenderCode` (or to its group `groupName`), except those who stopped sends. Fails
    (500)
    for an unknown message or sender code.

    Args:
        sms_message_name (str): Any text; percent-encoded in the path, `+` sent as `%2B`.
        sms_sender_code (str):
        sms_campaign_name (str): Any text; percent-encoded in the path, `+` sent as `%2B`.
        description (str | Unset):
        group_name (str | Unset):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[Campaign]
    """

    kwargs = _get_kwargs(
        sms_message_name=sms_message_name,
        sms_sender_code=sms_sender_code,
        sms_campaign_name=sms_campaign_name,
        description=description,
        group_name=group_name,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    sms_message_name: str,
    sms_sender_code: str,
    sms_campaign_name: str,
    *,
    client: AuthenticatedClient,
    description: str | Unset = UNSET,
    group_name: str | Unset = UNSET,
) -> Campaign:
    """Send a message to every subscriber of a sender code

     Creates the campaign `smsCampaignName` that sends the predefined message `smsMessageName` to all
    contacts
    subscribed to `smsSenderCode` (or to its group `groupName`), except those who stopped sends. Fails
    (500)
    for an unknown message or sender code.

    Args:
        sms_message_name (str): Any text; percent-encoded in the path, `+` sent as `%2B`.
        sms_sender_code (str):
        sms_campaign_name (str): Any text; percent-encoded in the path, `+` sent as `%2B`.
        description (str | Unset):
        group_name (str | Unset):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Campaign
    """

    return (
        await asyncio_detailed(
            sms_message_name=sms_message_name,
            sms_sender_code=sms_sender_code,
            sms_campaign_name=sms_campaign_name,
            client=client,
            description=description,
            group_name=group_name,
        )
    ).parsed
