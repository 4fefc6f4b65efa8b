from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.email_campaign import EmailCampaign
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    statuses: str | Unset = "ACTIVE",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["statuses"] = statuses

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/list",
    }
    if params:  # ours: no empty params (httpx would parse the URL once more for them)
        _kwargs["params"] = params

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[EmailCampaign]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_email_campaign_list_item_data in _response_200:
            componentsschemas_email_campaign_list_item = EmailCampaign.from_dict(
                componentsschemas_email_campaign_list_item_data
            )

            response_200.append(componentsschemas_email_campaign_list_item)

        return response_200

    # ours: every error status raises (documented or not, known to HTTPStatus or not); so does an undocumented success
    if response.status_code >= 400:
        raise errors.ErrorStatus(response.status_code, response.content, response.headers)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[list[EmailCampaign]]:
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
    statuses: str | Unset = "ACTIVE",
) -> Response[list[EmailCampaign]]:
    """Get list of campaigns by statuses

     Returns the email campaigns (lists) in the given statuses; by default only `ACTIVE` ones. The doc
    documents the success as 204 "List of campaign" and writes the query as
    `statuses=UserParam(statuses)`;
    a 204 cannot carry the list, so this spec uses 200 with a JSON array. The doc lists no 404; it is
    listed
    here like everywhere else (see errata).

    Args:
        statuses (str | Unset):  Default: 'ACTIVE'. Example: ACTIVE,ARCHIVED.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[list[EmailCampaign]]
    """

    kwargs = _get_kwargs(
        statuses=statuses,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    statuses: str | Unset = "ACTIVE",
) -> list[EmailCampaign]:
    """Get list of campaigns by statuses

     Returns the email campaigns (lists) in the given statuses; by default only `ACTIVE` ones. The doc
    documents the success as 204 "List of campaign" and writes the query as
    `statuses=UserParam(statuses)`;
    a 204 cannot carry the list, so this spec uses 200 with a JSON array. The doc lists no 404; it is
    listed
    here like everywhere else (see errata).

    Args:
        statuses (str | Unset):  Default: 'ACTIVE'. Example: ACTIVE,ARCHIVED.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        list[EmailCampaign]
    """

    return sync_detailed(
        client=client,
        statuses=statuses,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    statuses: str | Unset = "ACTIVE",
) -> Response[list[EmailCampaign]]:
    """Get list of campaigns by statuses

     Returns the email campaigns (lists) in the given statuses; by default only `ACTIVE` ones. The doc
    documents the success as 204 "List of campaign" and writes the query as
    `statuses=UserParam(statuses)`;
    a 204 cannot carry the list, so this spec uses 200 with a JSON array. The doc lists no 404; it is
    listed
    here like everywhere else (see errata).

    Args:
        statuses (str | Unset):  Default: 'ACTIVE'. Example: ACTIVE,ARCHIVED.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[list[EmailCampaign]]
    """

    kwargs = _get_kwargs(
        statuses=statuses,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    statuses: str | Unset = "ACTIVE",
) -> list[EmailCampaign]:
    """Get list of campaigns by statuses

     Returns the email campaigns (lists) in the given statuses; by default only `ACTIVE` ones. The doc
    documents the success as 204 "List of campaign" and writes the query as
    `statuses=UserParam(statuses)`;
    a 204 cannot carry the list, so this spec uses 200 with a JSON array. The doc lists no 404; it is
    listed
    here like everywhere else (see errata).

    Args:
        statuses (str | Unset):  Default: 'ACTIVE'. Example: ACTIVE,ARCHIVED.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        list[EmailCampaign]
    """

    return (
        await asyncio_detailed(
            client=client,
            statuses=statuses,
        )
    ).parsed
