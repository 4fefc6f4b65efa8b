from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.status_form import StatusForm
from ...types import Response


def _get_kwargs(
    *,
    body: StatusForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sys/status.php",
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
    body: StatusForm,
) -> Response[str]:
    """Get the delivery status of one message

     The status of message `id` sent to `phone`. `all` chooses the detail: 0 the status, 1 also the
    message
    itself (send time, phone, cost, sender, status name, text), 2 as 1 plus country, operator and
    region.

    Reply (all=0): fmt 0 `Status = <status>, check_time = <last_date>, err = <err>`; fmt 1
    `<status>,<last_timestamp>,<err>`; fmt 2
    `<sms><status/><last_date/><last_timestamp/><flag/><err/></sms>`;
    fmt 3 `{"status", "last_date", "last_timestamp", "flag", "err"}`. all=1 appends, in fmt 0,
    `, send_date = <send_date>, phone = <phone>, cost = <cost>, sender_id = <sender>, status_name =
    <name>,
    message = <message>, comment = <comment>, type = <type>` and, in fmt 1,
    `,<send_timestamp>,<phone>,<cost>,<sender>,<status_name>,<message>`. The message text is the last
    field of a fmt 1 line and is **not escaped**: it can contain commas and line breaks. all=2 adds
    country, operator and
    region (`country = ..., operator = ..., region = ...` in fmt 0; before the message in fmt 1). Dates
    are `dd.mm.yyyy hh:mm:ss` (Moscow time), timestamps Unix seconds. Status -3 means "message not
    found".

    Args:
        body (StatusForm):

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
    body: StatusForm,
) -> str:
    """Get the delivery status of one message

     The status of message `id` sent to `phone`. `all` chooses the detail: 0 the status, 1 also the
    message
    itself (send time, phone, cost, sender, status name, text), 2 as 1 plus country, operator and
    region.

    Reply (all=0): fmt 0 `Status = <status>, check_time = <last_date>, err = <err>`; fmt 1
    `<status>,<last_timestamp>,<err>`; fmt 2
    `<sms><status/><last_date/><last_timestamp/><flag/><err/></sms>`;
    fmt 3 `{"status", "last_date", "last_timestamp", "flag", "err"}`. all=1 appends, in fmt 0,
    `, send_date = <send_date>, phone = <phone>, cost = <cost>, sender_id = <sender>, status_name =
    <name>,
    message = <message>, comment = <comment>, type = <type>` and, in fmt 1,
    `,<send_timestamp>,<phone>,<cost>,<sender>,<status_name>,<message>`. The message text is the last
    field of a fmt 1 line and is **not escaped**: it can contain commas and line breaks. all=2 adds
    country, operator and
    region (`country = ..., operator = ..., region = ...` in fmt 0; before the message in fmt 1). Dates
    are `dd.mm.yyyy hh:mm:ss` (Moscow time), timestamps Unix seconds. Status -3 means "message not
    found".

    Args:
        body (StatusForm):

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
    body: StatusForm,
) -> Response[str]:
    """Get the delivery status of one message

     The status of message `id` sent to `phone`. `all` chooses the detail: 0 the status, 1 also the
    message
    itself (send time, phone, cost, sender, status name, text), 2 as 1 plus country, operator and
    region.

    Reply (all=0): fmt 0 `Status = <status>, check_time = <last_date>, err = <err>`; fmt 1
    `<status>,<last_timestamp>,<err>`; fmt 2
    `<sms><status/><last_date/><last_timestamp/><flag/><err/></sms>`;
    fmt 3 `{"status", "last_date", "last_timestamp", "flag", "err"}`. all=1 appends, in fmt 0,
    `, send_date = <send_date>, phone = <phone>, cost = <cost>, sender_id = <sender>, status_name =
    <name>,
    message = <message>, comment = <comment>, type = <type>` and, in fmt 1,
    `,<send_timestamp>,<phone>,<cost>,<sender>,<status_name>,<message>`. The message text is the last
    field of a fmt 1 line and is **not escaped**: it can contain commas and line breaks. all=2 adds
    country, operator and
    region (`country = ..., operator = ..., region = ...` in fmt 0; before the message in fmt 1). Dates
    are `dd.mm.yyyy hh:mm:ss` (Moscow time), timestamps Unix seconds. Status -3 means "message not
    found".

    Args:
        body (StatusForm):

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
    body: StatusForm,
) -> str:
    """Get the delivery status of one message

     The status of message `id` sent to `phone`. `all` chooses the detail: 0 the status, 1 also the
    message
    itself (send time, phone, cost, sender, status name, text), 2 as 1 plus country, operator and
    region.

    Reply (all=0): fmt 0 `Status = <status>, check_time = <last_date>, err = <err>`; fmt 1
    `<status>,<last_timestamp>,<err>`; fmt 2
    `<sms><status/><last_date/><last_timestamp/><flag/><err/></sms>`;
    fmt 3 `{"status", "last_date", "last_timestamp", "flag", "err"}`. all=1 appends, in fmt 0,
    `, send_date = <send_date>, phone = <phone>, cost = <cost>, sender_id = <sender>, status_name =
    <name>,
    message = <message>, comment = <comment>, type = <type>` and, in fmt 1,
    `,<send_timestamp>,<phone>,<cost>,<sender>,<status_name>,<message>`. The message text is the last
    field of a fmt 1 line and is **not escaped**: it can contain commas and line breaks. all=2 adds
    country, operator and
    region (`country = ..., operator = ..., region = ...` in fmt 0; before the message in fmt 1). Dates
    are `dd.mm.yyyy hh:mm:ss` (Moscow time), timestamps Unix seconds. Status -3 means "message not
    found".

    Args:
        body (StatusForm):

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
