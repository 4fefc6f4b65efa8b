"""The ClickSend v3 client against the served emulator: the account."""

from __future__ import annotations

import pytest
from smsgw_clicksend.client import AuthenticatedClient
from smsgw_clicksend.overlay import call, connect, errors, operations

from conformance.emulators.clicksend import DEMO_ACCOUNT

from .conftest import Emulator


def test_the_account_of_valid_credentials(client: AuthenticatedClient) -> None:
    account = call(operations.get_account, client=client)
    assert (account.username, account.balance) == (DEMO_ACCOUNT.username, DEMO_ACCOUNT.balance)


def test_wrong_credentials_are_refused_with_a_typed_error(emulator: Emulator) -> None:
    wrong = connect(emulator.base_url, DEMO_ACCOUNT.username, "not-the-password")
    with pytest.raises(errors.UnauthorizedError) as raised:
        call(operations.get_account, client=wrong)
    assert raised.value.message == "unauthorized" and "not-the-password" not in repr(raised.value)
