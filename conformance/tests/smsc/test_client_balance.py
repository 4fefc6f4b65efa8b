"""balance.php: the balance in every fmt, with and without the currency, and its throttle."""

from __future__ import annotations

import asyncio
from decimal import Decimal

import pytest
from smsgw_smsc import models
from smsgw_smsc.client import AuthenticatedClient
from smsgw_smsc.overlay import AccountBalance, acall, call, connect, errors
from smsgw_smsc.overlay.operations import get_balance

from conformance.emulators.smsc.state import Account

from .conftest import FORMATS, Emulator, Fmt


@pytest.mark.parametrize("fmt", FORMATS)
def test_balance(client: AuthenticatedClient, emulator: Emulator, fmt: Fmt) -> None:
    result = call(get_balance, client=client, body=models.BalanceForm(fmt=fmt))
    assert result == AccountBalance(balance=emulator.account().balance)


def test_balance_without_a_form(client: AuthenticatedClient, emulator: Emulator) -> None:
    """balance.php needs no parameters at all; the overlay still asks for fmt 3."""
    assert call(get_balance, client=client).balance == emulator.account().balance


@pytest.mark.parametrize("fmt", FORMATS)
def test_currency_and_credit(emulator: Emulator, fmt: Fmt) -> None:
    """cur=1 adds the currency, and the credit limit when the account has one."""
    state = emulator.store.accounts["poor"]
    credited = Account("poor", "poor-password", balance=state.balance, credit=Decimal("50.00"))
    state.account = credited
    try:
        poor = connect("poor", "poor-password", base_url=emulator.base_url)
        result = call(get_balance, client=poor, body=models.BalanceForm(cur=1, fmt=fmt))
    finally:
        state.account = Account("poor", "poor-password", balance=credited.balance)
    assert result == AccountBalance(balance=state.balance, currency="RUB", credit=Decimal("50.00"))


@pytest.mark.parametrize("fmt", FORMATS)
def test_more_than_ten_balance_requests_a_minute_is_error_9(
    client: AuthenticatedClient, emulator: Emulator, fmt: Fmt
) -> None:
    for _ in range(10):
        call(get_balance, client=client, body=models.BalanceForm(fmt=fmt))
    with pytest.raises(errors.ThrottledError):
        call(get_balance, client=client, body=models.BalanceForm(fmt=fmt))
    emulator.next_minute()
    call(get_balance, client=client, body=models.BalanceForm(fmt=fmt))


def test_acall_gives_the_same_typed_result(client: AuthenticatedClient, emulator: Emulator) -> None:
    """The async path (asyncio_detailed) converts replies like the sync one."""
    result = asyncio.run(acall(get_balance, client=client, body=models.BalanceForm(fmt=0)))
    assert result == AccountBalance(balance=emulator.account().balance)
