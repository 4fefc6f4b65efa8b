from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_usage_envelope import AccountUsageEnvelope
from ...types import Response


def _get_kwargs(
    year: int,
    month: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/account/usage/{year}/{month}/subaccount".format(
            year=quote(str(year), safe=""),
            month=quote(str(month), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AccountUsageEnvelope:
    if response.status_code == 200:
        response_200 = AccountUsageEnvelope.from_dict(response.json())

        return response_200

    # ours: every error status raises (documented or not, known to HTTPStatus or not); so does an undocumented success
    if response.status_code >= 400:
        raise errors.ErrorStatus(response.status_code, response.content, response.headers)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AccountUsageEnvelope]:
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
    year: int,
    month: int,
    *,
    client: AuthenticatedClient,
) -> Response[AccountUsageEnvelope]:
    """View Account Usage

     Gets the account's usage statistics of one month, per channel (SMS, voice, fax, post, email) grouped
    by
    subaccount, with each channel's totals. The docs type `year` and `month` as strings ("Example:
    2019",
    "Example: 4"); the spec takes integers.

    Args:
        year (int):
        month (int):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[AccountUsageEnvelope]
    """

    kwargs = _get_kwargs(
        year=year,
        month=month,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    year: int,
    month: int,
    *,
    client: AuthenticatedClient,
) -> AccountUsageEnvelope:
    """View Account Usage

     Gets the account's usage statistics of one month, per channel (SMS, voice, fax, post, email) grouped
    by
    subaccount, with each channel's totals. The docs type `year` and `month` as strings ("Example:
    2019",
    "Example: 4"); the spec takes integers.

    Args:
        year (int):
        month (int):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        AccountUsageEnvelope
    """

    return sync_detailed(
        year=year,
        month=month,
        client=client,
    ).parsed


async def asyncio_detailed(
    year: int,
    month: int,
    *,
    client: AuthenticatedClient,
) -> Response[AccountUsageEnvelope]:
    """View Account Usage

     Gets the account's usage statistics of one month, per channel (SMS, voice, fax, post, email) grouped
    by
    subaccount, with each channel's totals. The docs type `year` and `month` as strings ("Example:
    2019",
    "Example: 4"); the spec takes integers.

    Args:
        year (int):
        month (int):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[AccountUsageEnvelope]
    """

    kwargs = _get_kwargs(
        year=year,
        month=month,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    year: int,
    month: int,
    *,
    client: AuthenticatedClient,
) -> AccountUsageEnvelope:
    """View Account Usage

     Gets the account's usage statistics of one month, per channel (SMS, voice, fax, post, email) grouped
    by
    subaccount, with each channel's totals. The docs type `year` and `month` as strings ("Example:
    2019",
    "Example: 4"); the spec takes integers.

    Args:
        year (int):
        month (int):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        AccountUsageEnvelope
    """

    return (
        await asyncio_detailed(
            year=year,
            month=month,
            client=client,
        )
    ).parsed
