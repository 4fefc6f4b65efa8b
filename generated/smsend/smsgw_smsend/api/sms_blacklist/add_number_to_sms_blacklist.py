from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response


def _get_kwargs(
    *,
    phone_number: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["phoneNumber"] = phone_number

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/blacklist/sms",
    }
    if params:  # ours: no empty params (httpx would parse the URL once more for them)
        _kwargs["params"] = params

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> str:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    # ours: every error status raises (documented or not, known to HTTPStatus or not); so does an undocumented success
    if response.status_code >= 400:
        raise errors.ErrorStatus(response.status_code, response.content, response.headers)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[str]:
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
    phone_number: str,
) -> Response[str]:
    """Add Phone Number to Blacklist

     Adds a phone number to the user's SMS blacklist; the number will no longer receive SMS messages from
    this user. The doc table does not say where `phoneNumber` goes; it is a query parameter (the
    vendor's
    web page and curl example put it there). The success body is the plain text `true`; an invalid
    number
    gives 400.

    Args:
        phone_number (str): International phone number, `+` or `00` followed by country code and
            number. Example: +393471234567.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[str]
    """

    kwargs = _get_kwargs(
        phone_number=phone_number,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    phone_number: str,
) -> str:
    """Add Phone Number to Blacklist

     Adds a phone number to the user's SMS blacklist; the number will no longer receive SMS messages from
    this user. The doc table does not say where `phoneNumber` goes; it is a query parameter (the
    vendor's
    web page and curl example put it there). The success body is the plain text `true`; an invalid
    number
    gives 400.

    Args:
        phone_number (str): International phone number, `+` or `00` followed by country code and
            number. Example: +393471234567.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        str
    """

    return sync_detailed(
        client=client,
        phone_number=phone_number,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    phone_number: str,
) -> Response[str]:
    """Add Phone Number to Blacklist

     Adds a phone number to the user's SMS blacklist; the number will no longer receive SMS messages from
    this user. The doc table does not say where `phoneNumber` goes; it is a query parameter (the
    vendor's
    web page and curl example put it there). The success body is the plain text `true`; an invalid
    number
    gives 400.

    Args:
        phone_number (str): International phone number, `+` or `00` followed by country code and
            number. Example: +393471234567.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[str]
    """

    kwargs = _get_kwargs(
        phone_number=phone_number,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    phone_number: str,
) -> str:
    """Add Phone Number to Blacklist

     Adds a phone number to the user's SMS blacklist; the number will no longer receive SMS messages from
    this user. The doc table does not say where `phoneNumber` goes; it is a query parameter (the
    vendor's
    web page and curl example put it there). The success body is the plain text `true`; an invalid
    number
    gives 400.

    Args:
        phone_number (str): International phone number, `+` or `00` followed by country code and
            number. Example: +393471234567.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        str
    """

    return (
        await asyncio_detailed(
            client=client,
            phone_number=phone_number,
        )
    ).parsed
