"""The same calls give equal typed results in fmt 0, 1, 2 and 3: the overlay hides the reply format."""

from __future__ import annotations

from typing import Any, Literal

import pytest
from smsgw_smsc import models
from smsgw_smsc.client import AuthenticatedClient
from smsgw_smsc.overlay import call
from smsgw_smsc.overlay.errors import ResponseFormatError
from smsgw_smsc.overlay.operations import (
    add_contact,
    delete_contact,
    get_balance,
    get_status,
    get_statuses,
    list_contacts,
    list_groups,
    send_sms,
)

from .conftest import FORMATS, Emulator, Fmt

PHONE = "79991234567"


def in_every_format(emulator: Emulator, make_call: Any) -> list[Any]:
    """One result per fmt; a new minute before each, so identical requests are not throttled (error 9)."""
    results = []
    for fmt in FORMATS:
        emulator.next_minute()
        results.append(make_call(fmt))
    return results


def assert_all_equal(results: list[Any]) -> None:
    assert all(result == results[0] for result in results), results


def test_send(client: AuthenticatedClient, emulator: Emulator) -> None:
    """The same send (same client id, cost and count) in every format gives the same SendResult."""

    def send(fmt: Fmt) -> Any:
        return call(
            send_sms, client=client, body=models.SendSmsForm(phones=PHONE, mes="Привет, мир", id=555, cost=2, fmt=fmt)
        )

    results = in_every_format(emulator, send)
    assert_all_equal(results)
    assert results[0].id == 555 and results[0].count == 1 and results[0].cost is not None


@pytest.mark.parametrize("detail", [0, 1, 2])
def test_status(client: AuthenticatedClient, emulator: Emulator, detail: Literal[0, 1, 2]) -> None:
    """A delivered message's status, at every detail level, reads the same from every format (the status time
    comes as a Moscow date in fmt 0 and as a Unix timestamp in fmt 1)."""

    def status(fmt: Fmt) -> Any:
        return call(get_status, client=client, body=models.StatusForm(phone=PHONE, id=1001, all_=detail, fmt=fmt))

    results = in_every_format(emulator, status)
    assert_all_equal(results)
    assert results[0].status == 1 and results[0].changed_at is not None


@pytest.mark.parametrize("detail", [0, 1, 2])
def test_statuses(client: AuthenticatedClient, emulator: Emulator, detail: Literal[0, 1, 2]) -> None:
    """Several messages' statuses, an unknown one among them (status -3, without the details part), read the
    same from every format at every detail level; with details, each record's phone is given once, first."""

    def statuses(fmt: Fmt) -> Any:
        form = models.StatusesForm(phone=f"{PHONE},{PHONE},{PHONE}", id="1001,1002,999999", all_=detail, fmt=fmt)
        return call(get_statuses, client=client, body=form)

    results = in_every_format(emulator, statuses)
    assert_all_equal(results)
    assert [s.id for s in results[0]] == [1001, 1002, 999999]
    assert results[0][0].status == 1 and results[0][2].status == -3
    assert all(s.phone == PHONE for s in results[0])
    assert (results[0][0].message is not None) == (detail > 0)
    assert (results[0][0].region is not None) == (detail == 2)


@pytest.mark.parametrize("currency", [0, 1])
def test_balance(client: AuthenticatedClient, emulator: Emulator, currency: Literal[0, 1]) -> None:
    results = in_every_format(
        emulator, lambda fmt: call(get_balance, client=client, body=models.BalanceForm(cur=currency, fmt=fmt))
    )
    assert_all_equal(results)
    assert results[0].balance == emulator.account().balance
    assert results[0].currency == ("RUB" if currency else None)


def test_contacts(client: AuthenticatedClient, emulator: Emulator) -> None:
    """Creating, listing and deleting a contact: the same typed results in every format. (fmt 1 does not escape
    commas in values, so these values have none: see test_ambiguous_fmt_1_record.)"""
    created = []
    for fmt in FORMATS:
        form = models.AddContactForm(phone=f"7999555000{fmt}", name="Пётр Иванов", grp="1,2", cmt="a; b", fmt=fmt)
        created.append(call(add_contact, client=client, body=form))
    assert all(isinstance(contact_id, int) for contact_id in created)
    listed = in_every_format(
        emulator, lambda fmt: call(list_contacts, client=client, body=models.ListContactsForm(fmt=fmt))
    )
    assert_all_equal(listed)
    mine = [c for c in listed[0] if c.phone.startswith("7999555000")]
    assert [(c.name, c.group, c.comments) for c in mine] == [("Пётр Иванов", "1,2", "a; b")] * 4
    groups = in_every_format(
        emulator, lambda fmt: call(list_groups, client=client, body=models.ListGroupsForm(fmt=fmt))
    )
    assert_all_equal(groups)
    deleted = [
        call(delete_contact, client=client, body=models.DeleteContactForm(phone=f"7999555000{fmt}", fmt=fmt))
        for fmt in FORMATS
    ]
    assert deleted == [None] * 4


def test_ambiguous_fmt_1_record(client: AuthenticatedClient, emulator: Emulator) -> None:
    """A comma inside a fmt 1 value cannot be told from a separator: a clear error, never a shifted record."""
    call(add_contact, client=client, body=models.AddContactForm(phone="79995550009", name="Smith, Anna"))
    with pytest.raises(ResponseFormatError, match="ambiguous"):
        call(list_contacts, client=client, body=models.ListContactsForm(fmt=1))
    emulator.next_minute()
    names = [c.name for c in call(list_contacts, client=client, body=models.ListContactsForm(fmt=0))]
    assert "Smith, Anna" in names
    call(delete_contact, client=client, body=models.DeleteContactForm(phone="79995550009"))
