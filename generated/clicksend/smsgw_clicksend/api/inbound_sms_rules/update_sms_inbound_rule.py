from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.sms_inbound_rule_envelope import SmsInboundRuleEnvelope
from ...models.sms_inbound_rule_request import SmsInboundRuleRequest
from ...types import Response


def _get_kwargs(
    inbound_rule_id: int,
    *,
    body: SmsInboundRuleRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/automations/sms/inbound/{inbound_rule_id}".format(
            inbound_rule_id=quote(str(inbound_rule_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SmsInboundRuleEnvelope:
    if response.status_code == 200:
        response_200 = SmsInboundRuleEnvelope.from_dict(response.json())

        return response_200

    # ours: every error status raises (documented or not, known to HTTPStatus or not); so does an undocumented success
    if response.status_code >= 400:
        raise errors.ErrorStatus(response.status_code, response.content, response.headers)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SmsInboundRuleEnvelope]:
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
    inbound_rule_id: int,
    *,
    client: AuthenticatedClient,
    body: SmsInboundRuleRequest,
) -> Response[SmsInboundRuleEnvelope]:
    """Update SMS Inbound Automation

     Replaces an inbound SMS rule (the create's required fields again); answers it.

    Args:
        inbound_rule_id (int):
        body (SmsInboundRuleRequest): An inbound SMS rule, to create or replace it.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[SmsInboundRuleEnvelope]
    """

    kwargs = _get_kwargs(
        inbound_rule_id=inbound_rule_id,
        body=body,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    inbound_rule_id: int,
    *,
    client: AuthenticatedClient,
    body: SmsInboundRuleRequest,
) -> SmsInboundRuleEnvelope:
    """Update SMS Inbound Automation

     Replaces an inbound SMS rule (the create's required fields again); answers it.

    Args:
        inbound_rule_id (int):
        body (SmsInboundRuleRequest): An inbound SMS rule, to create or replace it.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        SmsInboundRuleEnvelope
    """

    return sync_detailed(
        inbound_rule_id=inbound_rule_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    inbound_rule_id: int,
    *,
    client: AuthenticatedClient,
    body: SmsInboundRuleRequest,
) -> Response[SmsInboundRuleEnvelope]:
    """Update SMS Inbound Automation

     Replaces an inbound SMS rule (the create's required fields again); answers it.

    Args:
        inbound_rule_id (int):
        body (SmsInboundRuleRequest): An inbound SMS rule, to create or replace it.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[SmsInboundRuleEnvelope]
    """

    kwargs = _get_kwargs(
        inbound_rule_id=inbound_rule_id,
        body=body,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    inbound_rule_id: int,
    *,
    client: AuthenticatedClient,
    body: SmsInboundRuleRequest,
) -> SmsInboundRuleEnvelope:
    """Update SMS Inbound Automation

     Replaces an inbound SMS rule (the create's required fields again); answers it.

    Args:
        inbound_rule_id (int):
        body (SmsInboundRuleRequest): An inbound SMS rule, to create or replace it.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        SmsInboundRuleEnvelope
    """

    return (
        await asyncio_detailed(
            inbound_rule_id=inbound_rule_id,
            client=client,
            body=body,
        )
    ).parsed
