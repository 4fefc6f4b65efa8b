"""A reply that does not have the documented shape raises a typed error, never returns None or a wrong value.

The transport is replaced by canned replies (httpx.MockTransport): the emulator always answers correctly, so
these are the replies a broken or changed live service could give.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from smsgw_smsc import models
from smsgw_smsc.client import AuthenticatedClient
from smsgw_smsc.overlay import Operation, call, connect, errors
from smsgw_smsc.overlay.operations import (
    add_contact,
    delete_contact,
    get_balance,
    get_send_cost,
    get_status,
    get_statuses,
    list_contacts,
    list_groups,
    send_sms,
)

from conformance.tests.smsc.conftest import Fmt


def client_answering(body: bytes, status: int = 200) -> AuthenticatedClient:
    transport = httpx.MockTransport(lambda request: httpx.Response(status, content=body))
    return connect("someone", "secret", base_url="https://smsc.invalid", transport=transport)


SMS = models.SendSmsForm(phones="79991234567", mes="hi")
STATUS = models.StatusForm(phone="79991234567", id=1)

MALFORMED: list[tuple[str, Operation[..., Any], Any, Fmt, bytes]] = [
    ("send: no OK", send_sms, SMS, 0, b"SENT 1 SMS, ID - 5"),
    ("send: id not a number", send_sms, SMS, 0, b"OK - 1 SMS, ID - five"),
    ("send: fmt 1 with one value", send_sms, SMS, 1, b"5"),
    ("send: JSON without cnt", send_sms, SMS, 3, b'{"id": 5}'),
    ("send: not JSON", send_sms, SMS, 3, b"OK - 1 SMS, ID - 5"),
    ("send: not XML", send_sms, SMS, 2, b"<result><id>5</id>"),
    ("cost: not an amount", get_send_cost, models.SendCostForm(phones="79991234567", mes="x"), 1, b"cheap,1"),
    ("status: too few values", get_status, STATUS, 1, b"1,1629048442"),
    ("status: a word for a status", get_status, STATUS, 0, b"Status = delivered, check_time = , err = 0"),
    ("status: not a date", get_status, STATUS, 0, b"Status = 1, check_time = yesterday, err = 0"),
    ("status: JSON list for one message", get_status, STATUS, 3, b"[]"),
    ("statuses: JSON object, not a list", get_statuses, models.StatusesForm(phone="79991234567,", id="1,"), 3, b"{}"),
    ("balance: not an amount", get_balance, models.BalanceForm(), 0, b"lots"),
    ("balance: too many values", get_balance, models.BalanceForm(), 1, b"1,2,3,4"),
    ("created: not an id", add_contact, models.AddContactForm(phone="79991234567"), 0, b"ID = x"),
    ("done: not OK", delete_contact, models.DeleteContactForm(phone="79991234567"), 0, b"DONE"),
    ("list: a record of the wrong shape", list_groups, models.ListGroupsForm(), 1, b"1,Customers"),
    (
        "list: a group count that is not a number",
        list_groups,
        models.ListGroupsForm(),
        0,
        b"id = 1, name = Customers, number = 1, cnt = many",
    ),
    ("list: fmt 0 without the keys", list_contacts, models.ListContactsForm(), 0, b"79991234567 Anna"),
    ("error: undocumented code", get_balance, models.BalanceForm(), 0, b"ERROR = 42 (what)"),
    ("charset: not valid utf-8", get_balance, models.BalanceForm(charset="utf-8"), 0, b"\xff\xfe"),
]


@pytest.mark.parametrize(
    ("operation", "form", "fmt", "body"),
    [case[1:] for case in MALFORMED],
    ids=[case[0] for case in MALFORMED],
)
def test_malformed_reply_raises_a_format_error(
    operation: Operation[..., Any], form: Any, fmt: Fmt, body: bytes
) -> None:
    form.fmt = fmt
    with pytest.raises(errors.ResponseFormatError) as raised:
        call(operation, client=client_answering(body), body=form)
    assert raised.value.operation == operation.name


@pytest.mark.parametrize("status", [404, 500, 503])
def test_http_error_status_raises_a_typed_error(status: int) -> None:
    """The service answers 200 even to errors; any other status (a proxy, an outage) is an ApiError too."""
    with pytest.raises(errors.ApiError) as raised:
        call(get_balance, client=client_answering(b"Service Unavailable", status))
    assert raised.value.status == status


def test_a_2xx_that_is_not_200_is_a_format_error() -> None:
    with pytest.raises(errors.ResponseFormatError):
        call(get_balance, client=client_answering(b"", 204))


@pytest.mark.parametrize(
    ("fmt", "body"),
    [
        (0, b"ERROR = 2 (authorise error)"),
        (1, b"0,-2"),
        (2, b"<result><error>authorise error</error><error_code>2</error_code></result>"),
        (3, b'{"error": "authorise error", "error_code": 2}'),
    ],
)
def test_error_replies_in_every_format(fmt: Fmt, body: bytes) -> None:
    with pytest.raises(errors.AuthorisationError) as raised:
        call(get_balance, client=client_answering(body), body=models.BalanceForm(fmt=fmt))
    assert raised.value.code == 2


@pytest.mark.parametrize(
    ("fmt", "body"),
    [
        (0, b"ERROR = 3 (no money), ID - 77"),
        (1, b"77,-3"),
        (2, b"<result><error>no money</error><error_code>3</error_code><id>77</id></result>"),
        (3, b'{"error": "no money", "error_code": 3, "id": 77}'),
    ],
)
def test_send_errors_carry_the_message_id(fmt: Fmt, body: bytes) -> None:
    with pytest.raises(errors.InsufficientFundsError) as raised:
        call(send_sms, client=client_answering(body), body=models.SendSmsForm(phones="79991234567", mes="x", fmt=fmt))
    assert (raised.value.code, raised.value.message_id) == (3, 77)


def test_no_records_on_a_list_is_an_empty_list() -> None:
    assert (
        call(list_groups, client=client_answering(b"ERROR = 3 (no records)"), body=models.ListGroupsForm(fmt=0)) == []
    )


def test_status_text_with_commas_and_line_breaks() -> None:
    """fmt 1 status lines do not escape the message text: it takes the rest of the reply, commas, breaks and all."""
    body = "1,1629048442,0,1629048400,79991234567,1.50,Shop,Delivered,Hi, Anna,\nsee you".encode("cp1251")
    status = call(
        get_status,
        client=client_answering(body),
        body=models.StatusForm(phone="79991234567", id=1, all_=1, fmt=1, charset="windows-1251"),
    )
    assert status.message == "Hi, Anna,\nsee you"
    assert (status.status, status.sender, str(status.cost)) == (1, "Shop", "1.50")
