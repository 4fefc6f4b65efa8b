from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.received_sms_page import ReceivedSmsPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id_sim: str,
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
        "url": "/srsmshistory/{id_sim}".format(
            id_sim=quote(str(id_sim), safe=""),
        ),
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
    id_sim: str,
    *,
    client: AuthenticatedClient,
    from_: str,
    to: str | Unset = UNSET,
    timezone: str | Unset = UNSET,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
) -> Response[ReceivedSmsPage]:
    """Get the received SMS messages (given SIMs)

     Like `list_received_sms`, restricted to one or more SIMs: `id_sim` is a phone number in
    international
    format, or several separated by commas (send `+` percent-encoded as `%2B`).

    Args:
        id_sim (str): One SIM phone number in international format, or several separated by commas
            (no spaces). Example: +393471234567,+393471234568.
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
        id_sim=id_sim,
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
    id_sim: str,
    *,
    client: AuthenticatedClient,
    from_: str,
    to: str | Unset = UNSET,
    timezone: str | Unset = UNSET,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
) -> ReceivedSmsPage:
    """Get the received SMS messages (given SIMs)

     Like `list_received_sms`, restricted to one or more SIMs: `id_sim` is a phone number in
    international
    format, or several separated by commas (send `+` percent-encoded as `%2B`).

    Args:
        id_sim (str): One SIM phone number in international format, or several separated by commas
            (no spaces). Example: +393471234567,+393471234568.
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
        id_sim=id_sim,
        client=client,
        from_=from_,
        to=to,
        timezone=timezone,
        page_number=page_number,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    id_sim: str,
    *,
    client: AuthenticatedClient,
    from_: str,
    to: str | Unset = UNSET,
    timezone: str | Unset = UNSET,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
) -> Response[ReceivedSmsPage]:
    """Get the received SMS messages (given SIMs)

     Like `list_received_sms`, restricted to one or more SIMs: `id_sim` is a phone number in
    international
    format, or several separated by commas (send `+` percent-encoded as `%2B`).

    Args:
        id_sim (str): One SIM phone number in international format, or several separated by commas
            (no spaces). Example: +393471234567,+393471234568.
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
        id_sim=id_sim,
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
    id_sim: str,
    *,
    client: AuthenticatedClient,
    from_: str,
    to: str | Unset = UNSET,
    timezone: str | Unset = UNSET,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
) -> ReceivedSmsPage:
    """Get the received SMS messages (given SIMs)

     Like `list_received_sms`, restricted to one or more SIMs: `id_sim` is a phone number in
    international
    format, or several separated by commas (send `+` percent-encoded as `%2B`).

    Args:
        id_sim (str): One SIM phone number in international format, or several separated by commas
            (no spaces). Example: +393471234567,+393471234568.
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
            id_sim=id_sim,
            client=client,
            from_=from_,
            to=to,
            timezone=timezone,
            page_number=page_number,
            page_size=page_size,
        )
    ).parsed
