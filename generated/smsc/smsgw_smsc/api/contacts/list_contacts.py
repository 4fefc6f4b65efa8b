from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_contacts_form import ListContactsForm
from ...types import Response


def _get_kwargs(
    *,
    body: ListContactsForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sys/phones.php#get=1",
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
    body: ListContactsForm,
) -> Response[str]:
    """List the contacts

     `get=1`: all contacts of the account (no filters are documented). Error 3 means there are no
    contacts, i.e. an empty list.

    Reply, one record per line: fmt 0 `phone = <phone>, name = <name>, group = <group>, first_name =
    <first_name>, last_name = <last_name>, middle_name = <middle_name>, birthday = <birthday>, id =
    <id>,
    comments = <comments>, tags = <tags>, phone_other = <phone_other>`; fmt 1
    `<phone>,<name>,<group>,<first_name>,<last_name>,<middle_name>,<birthday>,<id>,<comments>,<tags>,<ph
    one_other>`;
    fmt 2 `<list><item><phone/><name/><group/>...<phone_other/></item>...</list>`; fmt 3 a JSON array of
    objects with these keys (see `Contact`). `group` holds the ids of the contact's groups: separated by
    `,` in fmt 2 and 3, but by `;` in fmt 0 and 1, where a `,` would be ambiguous. `birthday` is
    `dd.mm.yyyy`, `id` is the id the client gave the contact (`myid`), `phone_other` the other numbers
    (`pho`). For e-mail contacts `phone` and `phone_other` are `mail` and `mail_other`. Values are not
    escaped, so a fmt 1 line whose free text holds commas is ambiguous: the text/plain pattern checks a
    fmt 1 line only for at least the 11 fields.

    Args:
        body (ListContactsForm):

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
    body: ListContactsForm,
) -> str:
    """List the contacts

     `get=1`: all contacts of the account (no filters are documented). Error 3 means there are no
    contacts, i.e. an empty list.

    Reply, one record per line: fmt 0 `phone = <phone>, name = <name>, group = <group>, first_name =
    <first_name>, last_name = <last_name>, middle_name = <middle_name>, birthday = <birthday>, id =
    <id>,
    comments = <comments>, tags = <tags>, phone_other = <phone_other>`; fmt 1
    `<phone>,<name>,<group>,<first_name>,<last_name>,<middle_name>,<birthday>,<id>,<comments>,<tags>,<ph
    one_other>`;
    fmt 2 `<list><item><phone/><name/><group/>...<phone_other/></item>...</list>`; fmt 3 a JSON array of
    objects with these keys (see `Contact`). `group` holds the ids of the contact's groups: separated by
    `,` in fmt 2 and 3, but by `;` in fmt 0 and 1, where a `,` would be ambiguous. `birthday` is
    `dd.mm.yyyy`, `id` is the id the client gave the contact (`myid`), `phone_other` the other numbers
    (`pho`). For e-mail contacts `phone` and `phone_other` are `mail` and `mail_other`. Values are not
    escaped, so a fmt 1 line whose free text holds commas is ambiguous: the text/plain pattern checks a
    fmt 1 line only for at least the 11 fields.

    Args:
        body (ListContactsForm):

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
    body: ListContactsForm,
) -> Response[str]:
    """List the contacts

     `get=1`: all contacts of the account (no filters are documented). Error 3 means there are no
    contacts, i.e. an empty list.

    Reply, one record per line: fmt 0 `phone = <phone>, name = <name>, group = <group>, first_name =
    <first_name>, last_name = <last_name>, middle_name = <middle_name>, birthday = <birthday>, id =
    <id>,
    comments = <comments>, tags = <tags>, phone_other = <phone_other>`; fmt 1
    `<phone>,<name>,<group>,<first_name>,<last_name>,<middle_name>,<birthday>,<id>,<comments>,<tags>,<ph
    one_other>`;
    fmt 2 `<list><item><phone/><name/><group/>...<phone_other/></item>...</list>`; fmt 3 a JSON array of
    objects with these keys (see `Contact`). `group` holds the ids of the contact's groups: separated by
    `,` in fmt 2 and 3, but by `;` in fmt 0 and 1, where a `,` would be ambiguous. `birthday` is
    `dd.mm.yyyy`, `id` is the id the client gave the contact (`myid`), `phone_other` the other numbers
    (`pho`). For e-mail contacts `phone` and `phone_other` are `mail` and `mail_other`. Values are not
    escaped, so a fmt 1 line whose free text holds commas is ambiguous: the text/plain pattern checks a
    fmt 1 line only for at least the 11 fields.

    Args:
        body (ListContactsForm):

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
    body: ListContactsForm,
) -> str:
    """List the contacts

     `get=1`: all contacts of the account (no filters are documented). Error 3 means there are no
    contacts, i.e. an empty list.

    Reply, one record per line: fmt 0 `phone = <phone>, name = <name>, group = <group>, first_name =
    <first_name>, last_name = <last_name>, middle_name = <middle_name>, birthday = <birthday>, id =
    <id>,
    comments = <comments>, tags = <tags>, phone_other = <phone_other>`; fmt 1
    `<phone>,<name>,<group>,<first_name>,<last_name>,<middle_name>,<birthday>,<id>,<comments>,<tags>,<ph
    one_other>`;
    fmt 2 `<list><item><phone/><name/><group/>...<phone_other/></item>...</list>`; fmt 3 a JSON array of
    objects with these keys (see `Contact`). `group` holds the ids of the contact's groups: separated by
    `,` in fmt 2 and 3, but by `;` in fmt 0 and 1, where a `,` would be ambiguous. `birthday` is
    `dd.mm.yyyy`, `id` is the id the client gave the contact (`myid`), `phone_other` the other numbers
    (`pho`). For e-mail contacts `phone` and `phone_other` are `mail` and `mail_other`. Values are not
    escaped, so a fmt 1 line whose free text holds commas is ambiguous: the text/plain pattern checks a
    fmt 1 line only for at least the 11 fields.

    Args:
        body (ListContactsForm):

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
