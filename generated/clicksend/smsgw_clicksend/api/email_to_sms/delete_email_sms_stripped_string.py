from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.email_sms_stripped_string_deleted_envelope import EmailSmsStrippedStringDeletedEnvelope
from ...types import Response


def _get_kwargs(
    rule_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/sms/email-sms-stripped-strings/{rule_id}".format(
            rule_id=quote(str(rule_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmailSmsStrippedStringDeletedEnvelope:
    if response.status_code == 200:
        response_200 = EmailSmsStrippedStringDeletedEnvelope.from_dict(response.json())

        return response_200

    # ours: every error status raises (documented or not, known to HTTPStatus or not); so does an undocumented success
    if response.status_code >= 400:
        raise errors.ErrorStatus(response.status_code, response.content, response.headers)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EmailSmsStrippedStringDeletedEnvelope]:
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
    rule_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[EmailSmsStrippedStringDeletedEnvelope]:
    """Delete Stripped String Rule

     Deletes a stripped string rule. `data` is `true`.

    Args:
        rule_id (int):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[EmailSmsStrippedStringDeletedEnvelope]
    """

    kwargs = _get_kwargs(
        rule_id=rule_id,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    rule_id: int,
    *,
    client: AuthenticatedClient,
) -> EmailSmsStrippedStringDeletedEnvelope:
    """Delete Stripped String Rule

     Deletes a stripped string rule. `data` is `true`.

    Args:
        rule_id (int):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        EmailSmsStrippedStringDeletedEnvelope
    """

    return sync_detailed(
        rule_id=rule_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    rule_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[EmailSmsStrippedStringDeletedEnvelope]:
    """Delete Stripped String Rule

     Deletes a stripped string rule. `data` is `true`.

    Args:
        rule_id (int):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[EmailSmsStrippedStringDeletedEnvelope]
    """

    kwargs = _get_kwargs(
        rule_id=rule_id,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    rule_id: int,
    *,
    client: AuthenticatedClient,
) -> EmailSmsStrippedStringDeletedEnvelope:
    """Delete Stripped String Rule

     Deletes a stripped string rule. `data` is `true`.

    Args:
        rule_id (int):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        EmailSmsStrippedStringDeletedEnvelope
    """

    return (
        await asyncio_detailed(
            rule_id=rule_id,
            client=client,
        )
    ).parsed
