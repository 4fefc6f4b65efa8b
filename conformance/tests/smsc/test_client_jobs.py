"""Client tests of jobs.php: creating a mailing (and what it costs), disabling and deleting it, in every format.

jobs.php has no action that lists mailings, so what a mailing holds is read from the emulator's state; what it
costs is read back through balance.php. The emulator charges a mailing when it is created, at send.php's price
per SMS part, and gives the money back when it is disabled or deleted before it starts.
"""

from __future__ import annotations

import itertools
from decimal import Decimal
from typing import Any

import pytest
from smsgw_smsc.client import AuthenticatedClient
from smsgw_smsc.models import (
    AddJobForm,
    BalanceForm,
    CancelJobForm,
    DeleteJobForm,
    ReplyOptionsCharset,
    ReplyOptionsFmt,
)
from smsgw_smsc.overlay import AccountBalance, MailingCreated, call, connect, errors
from smsgw_smsc.overlay.operations import add_job, cancel_job, delete_job, get_balance

from conformance.emulators.smsc.fixtures import SMS_PRICE

from .conftest import FORMATS, POOR_ACCOUNT, Emulator, Fmt

CHARSETS: tuple[ReplyOptionsCharset, ...] = ("utf-8", "windows-1251")
UNKNOWN_JOB = 999_999_999
_serial = itertools.count(1)


def unique_phone(fmt: Fmt) -> str:
    """A number no other test uses (7904: this file's range), with the reply format in it."""
    return f"7904{fmt}{next(_serial):06d}"


def balance(client: AuthenticatedClient) -> Decimal:
    """The account's balance, read through balance.php."""
    found: AccountBalance = call(get_balance, client=client, body=BalanceForm())
    return found.balance


def new_job(client: AuthenticatedClient, fmt: ReplyOptionsFmt, **fields: Any) -> MailingCreated:
    """add_job in reply format `fmt`: by default one SMS part to two numbers of its own, starting in an hour."""
    fields.setdefault("name", f"Mailing {next(_serial)}")
    fields.setdefault("phones", f"{unique_phone(fmt)},{unique_phone(fmt)}")
    fields.setdefault("mes", "Spring sale: everything half price")
    fields.setdefault("time", "+60")
    created: MailingCreated = call(add_job, client=client, body=AddJobForm(fmt=fmt, **fields))
    return created


@pytest.mark.parametrize("charset", CHARSETS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_add_job_with_cost_answers_what_it_charged(
    emulator: Emulator, client: AuthenticatedClient, fmt: ReplyOptionsFmt, charset: ReplyOptionsCharset
) -> None:
    """cost=1 adds the mailing's cost to the reply; the balance goes down by that much; the name and the text
    (Cyrillic) reach the service intact."""
    before = balance(client)
    one, two = unique_phone(fmt), unique_phone(fmt)
    body = AddJobForm(
        name="Весенняя распродажа",
        phones=f"{one},{two}",
        mes="Скидки на всё",
        cost=1,
        fmt=fmt,
        charset=charset,
    )
    created = call(add_job, client=client, body=body)
    assert isinstance(created, MailingCreated)
    assert created.cost == 2 * SMS_PRICE  # one SMS part to each of two numbers
    assert balance(client) == before - 2 * SMS_PRICE
    job = emulator.account().jobs[created.id]
    assert (job["name"], job["mes"], job["phones"], job["active"]) == (
        "Весенняя распродажа",
        "Скидки на всё",
        [one, two],
        True,
    )


@pytest.mark.parametrize("fmt", FORMATS)
def test_add_job_without_cost_answers_the_id_only(
    emulator: Emulator, client: AuthenticatedClient, fmt: ReplyOptionsFmt
) -> None:
    """Without cost=1 the reply is the new mailing's id alone."""
    name = f"No cost {fmt} {next(_serial)}"
    created = new_job(client, fmt, name=name)
    assert created.cost is None
    assert emulator.account().jobs[created.id]["name"] == name


@pytest.mark.parametrize("fmt", FORMATS)
def test_add_job_costs_one_price_per_sms_part(client: AuthenticatedClient, fmt: ReplyOptionsFmt) -> None:
    """A text of two SMS parts (more than 160 Latin characters) to two numbers costs four SMS."""
    created = new_job(client, fmt, mes="x" * 161, cost=1)
    assert created.cost == 4 * SMS_PRICE


@pytest.mark.parametrize("fmt", FORMATS)
def test_add_job_with_an_unapproved_sender_is_denied(
    emulator: Emulator, client: AuthenticatedClient, fmt: ReplyOptionsFmt
) -> None:
    """A sender name the account has not had approved is error 6; nothing is saved or charged."""
    before, jobs_before = balance(client), set(emulator.account().jobs)
    with pytest.raises(errors.MessageDeniedError) as failure:
        new_job(client, fmt, sender="NotApproved")
    assert failure.value.code == 6
    assert set(emulator.account().jobs) == jobs_before
    assert balance(client) == before


@pytest.mark.parametrize("fmt", FORMATS)
def test_add_job_to_an_invalid_number_fails(
    emulator: Emulator, client: AuthenticatedClient, fmt: ReplyOptionsFmt
) -> None:
    """A number the service cannot deliver to (too short) is error 7, and nothing is saved."""
    jobs_before = set(emulator.account().jobs)
    with pytest.raises(errors.InvalidNumberError) as failure:
        new_job(client, fmt, phones=f"{unique_phone(fmt)},7904123")
    assert failure.value.code == 7
    assert set(emulator.account().jobs) == jobs_before


@pytest.mark.parametrize("fmt", FORMATS)
def test_add_job_beyond_the_balance_cannot_be_saved(emulator: Emulator, fmt: ReplyOptionsFmt) -> None:
    """On jobs.php error 3 means the mailing could not be saved (here: it costs more than the balance)."""
    poor = connect(POOR_ACCOUNT.login, POOR_ACCOUNT.password, base_url=emulator.base_url)
    before = balance(poor)
    assert before < 2 * SMS_PRICE
    with pytest.raises(errors.SaveFailedError) as failure:
        new_job(poor, fmt)
    assert failure.value.code == 3
    assert emulator.account(POOR_ACCOUNT.login).jobs == {}
    assert balance(poor) == before


@pytest.mark.parametrize("fmt", FORMATS)
def test_cancel_job(emulator: Emulator, client: AuthenticatedClient, fmt: ReplyOptionsFmt) -> None:
    """cancel_job disables the mailing without deleting it; one that has not started is refunded."""
    before = balance(client)
    created = new_job(client, fmt)
    assert balance(client) == before - 2 * SMS_PRICE
    assert call(cancel_job, client=client, body=CancelJobForm(id=created.id, fmt=fmt)) is None
    assert emulator.account().jobs[created.id]["active"] is False
    assert balance(client) == before


@pytest.mark.parametrize("fmt", FORMATS)
def test_cancel_unknown_job_fails(client: AuthenticatedClient, fmt: ReplyOptionsFmt) -> None:
    with pytest.raises(errors.OperationFailedError) as failure:
        call(cancel_job, client=client, body=CancelJobForm(id=UNKNOWN_JOB, fmt=fmt))
    assert failure.value.code == 5


@pytest.mark.parametrize("fmt", FORMATS)
def test_delete_job(emulator: Emulator, client: AuthenticatedClient, fmt: ReplyOptionsFmt) -> None:
    """delete_job removes the mailing (refunded, as it has not started); deleting or disabling it again is
    error 5."""
    before = balance(client)
    created = new_job(client, fmt)
    assert call(delete_job, client=client, body=DeleteJobForm(id=created.id, fmt=fmt)) is None
    assert created.id not in emulator.account().jobs
    assert balance(client) == before
    with pytest.raises(errors.OperationFailedError) as failure:
        call(delete_job, client=client, body=DeleteJobForm(id=created.id, fmt=fmt))
    assert failure.value.code == 5
    with pytest.raises(errors.OperationFailedError) as failure:
        call(cancel_job, client=client, body=CancelJobForm(id=created.id, fmt=fmt))
    assert failure.value.code == 5
