from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.email_receipt_rule_envelope import EmailReceiptRuleEnvelope
from ...models.email_receipt_rule_request import EmailReceiptRuleRequest
from ...types import Response


def _get_kwargs(
    receipt_rule_id: int,
    *,
    body: EmailReceiptRuleRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/automations/email/receipts/{receipt_rule_id}".format(
            receipt_rule_id=quote(str(receipt_rule_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EmailReceiptRuleEnvelope:
    if response.status_code == 200:
        response_200 = EmailReceiptRuleEnvelope.from_dict(response.json())

        return response_200

    # ours: every error status raises (documented or not, known to HTTPStatus or not); so does an undocumented success
    if response.status_code >= 400:
        raise errors.ErrorStatus(response.status_code, response.content, response.headers)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EmailReceiptRuleEnvelope]:
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
    receipt_rule_id: int,
    *,
    client: AuthenticatedClient,
    body: EmailReceiptRuleRequest,
) -> Response[EmailReceiptRuleEnvelope]:
    """Update Email Delivery Receipt Rule

     Replaces an email delivery receipt rule (the create's required fields again); answers it.

    Args:
        receipt_rule_id (int):
        body (EmailReceiptRuleRequest): An email delivery receipt rule, to create or replace it.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[EmailReceiptRuleEnvelope]
    """

    kwargs = _get_kwargs(
        receipt_rule_id=receipt_rule_id,
        body=body,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    receipt_rule_id: int,
    *,
    client: AuthenticatedClient,
    body: EmailReceiptRuleRequest,
) -> EmailReceiptRuleEnvelope:
    """Update Email Delivery Receipt Rule

     Replaces an email delivery receipt rule (the create's required fields again); answers it.

    Args:
        receipt_rule_id (int):
        body (EmailReceiptRuleRequest): An email delivery receipt rule, to create or replace it.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        EmailReceiptRuleEnvelope
    """

    return sync_detailed(
        receipt_rule_id=receipt_rule_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    receipt_rule_id: int,
    *,
    client: AuthenticatedClient,
    body: EmailReceiptRuleRequest,
) -> Response[EmailReceiptRuleEnvelope]:
    """Update Email Delivery Receipt Rule

     Replaces an email delivery receipt rule (the create's required fields again); answers it.

    Args:
        receipt_rule_id (int):
        body (EmailReceiptRuleRequest): An email delivery receipt rule, to create or replace it.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[EmailReceiptRuleEnvelope]
    """

    kwargs = _get_kwargs(
        receipt_rule_id=receipt_rule_id,
        body=body,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    receipt_rule_id: int,
    *,
    client: AuthenticatedClient,
    body: EmailReceiptRuleRequest,
) -> EmailReceiptRuleEnvelope:
    """Update Email Delivery Receipt Rule

     Replaces an email delivery receipt rule (the create's required fields again); answers it.

    Args:
        receipt_rule_id (int):
        body (EmailReceiptRuleRequest): An email delivery receipt rule, to create or replace it.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        EmailReceiptRuleEnvelope
    """

    return (
        await asyncio_detailed(
            receipt_rule_id=receipt_rule_id,
            client=client,
            body=body,
        )
    ).parsed
