from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.received_sms_page import ReceivedSmsPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    from_: str,
    to: str | Unset = UNSET,
    timezone: str | Unset = UNSET,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["from"] = from_

    params["to"] = to

    params["timezone"] = timezone

    params["pageNumber"] = page_number

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/srsmshistory",
    }
    if params:  # ours: no empty params (httpx would parse the URL once more for them)
        _kwargs["params"] = params

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ReceivedSmsPage:
    if response.status_code == 200:
        response_200 = ReceivedSmsPage.from_dict(response.json())

        return response_200

    # ours: every error status raises (documented or not, known to HTTPStatus or not); so does an undocumented success
    if response.status_code >= 400:
        raise errors.ErrorStatus(response.status_code, response.content, response.headers)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ReceivedSmsPage]:
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
    from_: str,
    to: str | Unset = UNSET,
    timezone: str | Unset = UNSET,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
) -> Response[ReceivedSmsPage]:
    """Get the received SMS messages

     Returns the paginated list of SMS messages received on all enabled SIMs between `from` and `to`. The
    doc's two URL variants are split into this operation and `list_received_sms_for_sims`.

    Args:
        from_ (str): A point in time as `yyyyMMddHHmmss`. Example: 20261231235959.
        to (str | Unset): A point in time as `yyyyMMddHHmmss`. Example: 20261231235959.
        timezone (str | Unset): An IANA time zone name, e.g. `Europe/Rome`. Example: Europe/Rome.
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[ReceivedSmsPage]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        timezone=timezone,
        page_number=page_number,
        page_size=page_size,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    from_: str,
    to: str | Unset = UNSET,
    timezone: str | Unset = UNSET,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
) -> ReceivedSmsPage:
    """Get the received SMS messages

     Returns the paginated list of SMS messages received on all enabled SIMs between `from` and `to`. The
    doc's two URL variants are split into this operation and `list_received_sms_for_sims`.

    Args:
        from_ (str): A point in time as `yyyyMMddHHmmss`. Example: 20261231235959.
        to (str | Unset): A point in time as `yyyyMMddHHmmss`. Example: 20261231235959.
        timezone (str | Unset): An IANA time zone name, e.g. `Europe/Rome`. Example: Europe/Rome.
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        ReceivedSmsPage
    """

    return sync_detailed(
        client=client,
        from_=from_,
        to=to,
        timezone=timezone,
        page_number=page_number,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    from_: str,
    to: str | Unset = UNSET,
    timezone: str | Unset = UNSET,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
) -> Response[ReceivedSmsPage]:
    """Get the received SMS messages

     Returns the paginated list of SMS messages received on all enabled SIMs between `from` and `to`. The
    doc's two URL variants are split into this operation and `list_received_sms_for_sims`.

    Args:
        from_ (str): A point in time as `yyyyMMddHHmmss`. Example: 20261231235959.
        to (str | Unset): A point in time as `yyyyMMddHHmmss`. Example: 20261231235959.
        timezone (str | Unset): An IANA time zone name, e.g. `Europe/Rome`. Example: Europe/Rome.
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[ReceivedSmsPage]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        timezone=timezone,
        page_number=page_number,
        page_size=page_size,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    from_: str,
    to: str | Unset = UNSET,
    timezone: str | Unset = UNSET,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
) -> ReceivedSmsPage:
    """Get the received SMS messages

     Returns the paginated list of SMS messages received on all enabled SIMs between `from` and `to`. The
    doc's two URL variants are split into this operation and `list_received_sms_for_sims`.

    Args:
        from_ (str): A point in time as `yyyyMMddHHmmss`. Example: 20261231235959.
        to (str | Unset): A point in time as `yyyyMMddHHmmss`. Example: 20261231235959.
        timezone (str | Unset): An IANA time zone name, e.g. `Europe/Rome`. Example: Europe/Rome.
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        ReceivedSmsPage
    """

    return (
        await asyncio_detailed(
            client=client,
            from_=from_,
            to=to,
            timezone=timezone,
            page_number=page_number,
            page_size=page_size,
        )
    ).parsed
