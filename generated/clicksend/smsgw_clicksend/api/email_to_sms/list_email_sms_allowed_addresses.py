from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.email_sms_allowed_address_page_envelope import EmailSmsAllowedAddressPageEnvelope
from ...models.list_email_sms_allowed_addresses_operator import (
    ListEmailSmsAllowedAddressesOperator,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    limit: int | Unset = 15,
    q: str | Unset = UNSET,
    operator: ListEmailSmsAllowedAddressesOperator | Unset = "AND",
    order_by: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    params["q"] = q

    json_operator: str | Unset = UNSET
    if not isinstance(operator, Unset):
        json_operator = operator

    params["operator"] = json_operator

    params["order_by"] = order_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sms/email-sms",
    }
    if params:  # ours: no empty params (httpx would parse the URL once more for them)
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmailSmsAllowedAddressPageEnvelope:
    if response.status_code == 200:
        response_200 = EmailSmsAllowedAddressPageEnvelope.from_dict(response.json())

        return response_200

    # ours: every error status raises (documented or not, known to HTTPStatus or not); so does an undocumented success
    if response.status_code >= 400:
        raise errors.ErrorStatus(response.status_code, response.content, response.headers)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EmailSmsAllowedAddressPageEnvelope]:
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
    page: int | Unset = 1,
    limit: int | Unset = 15,
    q: str | Unset = UNSET,
    operator: ListEmailSmsAllowedAddressesOperator | Unset = "AND",
    order_by: str | Unset = UNSET,
) -> Response[EmailSmsAllowedAddressPageEnvelope]:
    """View Allowed Emails

     Gets the email addresses allowed to send SMS by email (Email to SMS), a page at a time.

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 15.
        q (str | Unset):
        operator (ListEmailSmsAllowedAddressesOperator | Unset):  Default: 'AND'.
        order_by (str | Unset):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[EmailSmsAllowedAddressPageEnvelope]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        q=q,
        operator=operator,
        order_by=order_by,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    limit: int | Unset = 15,
    q: str | Unset = UNSET,
    operator: ListEmailSmsAllowedAddressesOperator | Unset = "AND",
    order_by: str | Unset = UNSET,
) -> EmailSmsAllowedAddressPageEnvelope:
    """View Allowed Emails

     Gets the email addresses allowed to send SMS by email (Email to SMS), a page at a time.

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 15.
        q (str | Unset):
        operator (ListEmailSmsAllowedAddressesOperator | Unset):  Default: 'AND'.
        order_by (str | Unset):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        EmailSmsAllowedAddressPageEnvelope
    """

    return sync_detailed(
        client=client,
        page=page,
        limit=limit,
        q=q,
        operator=operator,
        order_by=order_by,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    limit: int | Unset = 15,
    q: str | Unset = UNSET,
    operator: ListEmailSmsAllowedAddressesOperator | Unset = "AND",
    order_by: str | Unset = UNSET,
) -> Response[EmailSmsAllowedAddressPageEnvelope]:
    """View Allowed Emails

     Gets the email addresses allowed to send SMS by email (Email to SMS), a page at a time.

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 15.
        q (str | Unset):
        operator (ListEmailSmsAllowedAddressesOperator | Unset):  Default: 'AND'.
        order_by (str | Unset):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[EmailSmsAllowedAddressPageEnvelope]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        q=q,
        operator=operator,
        order_by=order_by,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    limit: int | Unset = 15,
    q: str | Unset = UNSET,
    operator: ListEmailSmsAllowedAddressesOperator | Unset = "AND",
    order_by: str | Unset = UNSET,
) -> EmailSmsAllowedAddressPageEnvelope:
    """View Allowed Emails

     Gets the email addresses allowed to send SMS by email (Email to SMS), a page at a time.

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 15.
        q (str | Unset):
        operator (ListEmailSmsAllowedAddressesOperator | Unset):  Default: 'AND'.
        order_by (str | Unset):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        EmailSmsAllowedAddressPageEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            limit=limit,
            q=q,
            operator=operator,
            order_by=order_by,
        )
    ).parsed
