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
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[EmailCampaign] | str | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_email_campaign_list_item_data in _response_200:
            componentsschemas_email_campaign_list_item = EmailCampaign.from_dict(
                componentsschemas_email_campaign_list_item_data
            )

            response_200.append(componentsschemas_email_campaign_list_item)

        return response_200

    if response.status_code == 400:
        response_400 = response.text
        return response_400

    if response.status_code == 401:
        response_401 = response.text
        return response_401

    if response.status_code == 404:
        response_404 = response.text
        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[EmailCampaign] | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    statuses: str | Unset = "ACTIVE",
) -> Response[list[EmailCampaign] | str]:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[EmailCampaign] | str]
    """

    kwargs = _get_kwargs(
        statuses=statuses,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    statuses: str | Unset = "ACTIVE",
) -> list[EmailCampaign] | str | None:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[EmailCampaign] | str
    """

    return sync_detailed(
        client=client,
        statuses=statuses,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    statuses: str | Unset = "ACTIVE",
) -> Response[list[EmailCampaign] | str]:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[EmailCampaign] | str]
    """

    kwargs = _get_kwargs(
        statuses=statuses,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    statuses: str | Unset = "ACTIVE",
) -> list[EmailCampaign] | str | None:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[EmailCampaign] | str
    """

    return (
        await asyncio_detailed(
            client=client,
            statuses=statuses,
        )
    ).parsed
