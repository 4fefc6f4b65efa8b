from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.operator_form import OperatorForm
from ...types import Response


def _get_kwargs(
    *,
    body: OperatorForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sys/info.php#get_operator=1",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
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
    body: OperatorForm,
) -> Response[str]:
    """Get the operator of a phone number

     Unverified: `get_operator=1&phone=` and the reply fields (country, operator, region, mcc, mnc, tz)
    are
    known only from client code, not from the documentation pages; the layouts and the meaning of `tz`
    (hours relative to Moscow) are our reading.

    Reply: fmt 0 `country = <country>, operator = <operator>, region = <region>, mcc = <mcc>, mnc =
    <mnc>,
    tz = <tz>`; fmt 1 `<country>,<operator>,<region>,<mcc>,<mnc>,<tz>`; fmt 2
    `<result><country/><operator/><region/><mcc/><mnc/><tz/></result>`; fmt 3 `{"country", "operator",
    "region", "mcc", "mnc", "tz"}`. Error 7: invalid phone number.

    Args:
        body (OperatorForm):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: OperatorForm,
) -> str:
    """Get the operator of a phone number

     Unverified: `get_operator=1&phone=` and the reply fields (country, operator, region, mcc, mnc, tz)
    are
    known only from client code, not from the documentation pages; the layouts and the meaning of `tz`
    (hours relative to Moscow) are our reading.

    Reply: fmt 0 `country = <country>, operator = <operator>, region = <region>, mcc = <mcc>, mnc =
    <mnc>,
    tz = <tz>`; fmt 1 `<country>,<operator>,<region>,<mcc>,<mnc>,<tz>`; fmt 2
    `<result><country/><operator/><region/><mcc/><mnc/><tz/></result>`; fmt 3 `{"country", "operator",
    "region", "mcc", "mnc", "tz"}`. Error 7: invalid phone number.

    Args:
        body (OperatorForm):

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
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: OperatorForm,
) -> Response[str]:
    """Get the operator of a phone number

     Unverified: `get_operator=1&phone=` and the reply fields (country, operator, region, mcc, mnc, tz)
    are
    known only from client code, not from the documentation pages; the layouts and the meaning of `tz`
    (hours relative to Moscow) are our reading.

    Reply: fmt 0 `country = <country>, operator = <operator>, region = <region>, mcc = <mcc>, mnc =
    <mnc>,
    tz = <tz>`; fmt 1 `<country>,<operator>,<region>,<mcc>,<mnc>,<tz>`; fmt 2
    `<result><country/><operator/><region/><mcc/><mnc/><tz/></result>`; fmt 3 `{"country", "operator",
    "region", "mcc", "mnc", "tz"}`. Error 7: invalid phone number.

    Args:
        body (OperatorForm):

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: OperatorForm,
) -> str:
    """Get the operator of a phone number

     Unverified: `get_operator=1&phone=` and the reply fields (country, operator, region, mcc, mnc, tz)
    are
    known only from client code, not from the documentation pages; the layouts and the meaning of `tz`
    (hours relative to Moscow) are our reading.

    Reply: fmt 0 `country = <country>, operator = <operator>, region = <region>, mcc = <mcc>, mnc =
    <mnc>,
    tz = <tz>`; fmt 1 `<country>,<operator>,<region>,<mcc>,<mnc>,<tz>`; fmt 2
    `<result><country/><operator/><region/><mcc/><mnc/><tz/></result>`; fmt 3 `{"country", "operator",
    "region", "mcc", "mnc", "tz"}`. Error 7: invalid phone number.

    Args:
        body (OperatorForm):

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
            body=body,
        )
    ).parsed
