from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.boolean_string import BooleanString
from ...models.contact_list_registration_request import ContactListRegistrationRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    campaign_id: int,
    *,
    body: ContactListRegistrationRequest,
    send_opt_in: BooleanString | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_send_opt_in: str | Unset = UNSET
    if not isinstance(send_opt_in, Unset):
        json_send_opt_in = send_opt_in

    params["SendOptIn"] = json_send_opt_in

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/list/{campaign_id}/contact".format(
            campaign_id=quote(str(campaign_id), safe=""),
        ),
    }
    if params:  # ours: no empty params (httpx would parse the URL once more for them)
        _kwargs["params"] = params

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    if response.status_code == 201:
        return None
    # ours: every error status raises (documented or not, known to HTTPStatus or not); so does an undocumented success
    if response.status_code >= 400:
        raise errors.ErrorStatus(response.status_code, response.content, response.headers)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[None]:
    # ours: parse first (an error status raises before HTTPStatus sees a code it may not know)
    try:
        _parse_response(client=client, response=response)  # no body: it raises or returns None
        parsed = None
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise errors.malformed(error, response) from None
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    campaign_id: int,
    *,
    client: AuthenticatedClient,
    body: ContactListRegistrationRequest,
    send_opt_in: BooleanString | Unset = UNSET,
) -> Response[None]:
    """Registration of a contact to a list

     Creates a new contact and subscribes it to the given email campaign (list), optionally sending it
    an opt-in email. `email` is required here. Answers 201 with the URL of the new contact in the
    `Location` header. The doc types the optional fields only as strings; the limits of
    `create_contact` (same contact fields) are applied.

    Args:
        campaign_id (int):
        send_opt_in (BooleanString | Unset): A boolean written as the string "true" or "false".
        body (ContactListRegistrationRequest): A contact to create and subscribe to an email
            campaign; `email` is required here.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        body=body,
        send_opt_in=send_opt_in,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    campaign_id: int,
    *,
    client: AuthenticatedClient,
    body: ContactListRegistrationRequest,
    send_opt_in: BooleanString | Unset = UNSET,
) -> None:
    """Registration of a contact to a list

     Creates a new contact and subscribes it to the given email campaign (list), optionally sending it
    an opt-in email. `email` is required here. Answers 201 with the URL of the new contact in the
    `Location` header. The doc types the optional fields only as strings; the limits of
    `create_contact` (same contact fields) are applied.

    Args:
        campaign_id (int):
        send_opt_in (BooleanString | Unset): A boolean written as the string "true" or "false".
        body (ContactListRegistrationRequest): A contact to create and subscribe to an email
            campaign; `email` is required here.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        None
    """

    return sync_detailed(
        campaign_id=campaign_id,
        client=client,
        body=body,
        send_opt_in=send_opt_in,
    ).parsed


async def asyncio_detailed(
    campaign_id: int,
    *,
    client: AuthenticatedClient,
    body: ContactListRegistrationRequest,
    send_opt_in: BooleanString | Unset = UNSET,
) -> Response[None]:
    """Registration of a contact to a list

     Creates a new contact and subscribes it to the given email campaign (list), optionally sending it
    an opt-in email. `email` is required here. Answers 201 with the URL of the new contact in the
    `Location` header. The doc types the optional fields only as strings; the limits of
    `create_contact` (same contact fields) are applied.

    Args:
        campaign_id (int):
        send_opt_in (BooleanString | Unset): A boolean written as the string "true" or "false".
        body (ContactListRegistrationRequest): A contact to create and subscribe to an email
            campaign; `email` is required here.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        body=body,
        send_opt_in=send_opt_in,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    campaign_id: int,
    *,
    client: AuthenticatedClient,
    body: ContactListRegistrationRequest,
    send_opt_in: BooleanString | Unset = UNSET,
) -> None:
    """Registration of a contact to a list

     Creates a new contact and subscribes it to the given email campaign (list), optionally sending it
    an opt-in email. `email` is required here. Answers 201 with the URL of the new contact in the
    `Location` header. The doc types the optional fields only as strings; the limits of
    `create_contact` (same contact fields) are applied.

    Args:
        campaign_id (int):
        send_opt_in (BooleanString | Unset): A boolean written as the string "true" or "false".
        body (ContactListRegistrationRequest): A contact to create and subscribe to an email
            campaign; `email` is required here.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        None
    """

    return (
        await asyncio_detailed(
            campaign_id=campaign_id,
            client=client,
            body=body,
            send_opt_in=send_opt_in,
        )
    ).parsed
