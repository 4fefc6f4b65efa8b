"""Fixtures for the SMSC client tests: one emulator served over HTTP for the session, connected clients."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal

import pytest
from smsgw_smsc.client import AuthenticatedClient
from smsgw_smsc.overlay import connect, connect_with_apikey

from conformance.emulators.smsc import DEMO_ACCOUNT, create_app
from conformance.emulators.smsc.state import Account, AccountState, Store
from conformance.tests.recording import record_client_calls
from conformance.tests.served import FakeClock, serve

# A second account, poor and without an API key, for balance and isolation tests.
POOR_ACCOUNT = Account("poor", "poor-password", balance=Decimal("2.00"))
Fmt = Literal[0, 1, 2, 3]  # the reply formats (the generated forms' `fmt` type)
FORMATS: tuple[Fmt, ...] = (0, 1, 2, 3)


@dataclass
class Emulator:
    base_url: str  # http://127.0.0.1:PORT (the API lives at /sys/<command>.php)
    app: Any
    clock: FakeClock

    @property
    def store(self) -> Store:
        store: Store = self.app.state.store
        return store

    def account(self, login: str = DEMO_ACCOUNT.login) -> AccountState:
        return self.store.accounts[login]

    def next_minute(self) -> None:
        """Let the per-minute throttles (error 9) forget what came before."""
        self.clock.advance(61)


@pytest.fixture(scope="session")
def emulator() -> Iterator[Emulator]:
    clock = FakeClock()
    app = create_app(accounts=[DEMO_ACCOUNT, POOR_ACCOUNT], clock=clock)
    with serve(app) as origin:
        yield Emulator(origin, app, clock)
    record_client_calls("smsc", app.state.calls)


@pytest.fixture(autouse=True)
def fresh_minute(emulator: Emulator) -> None:
    """Every test starts in a new minute, so no throttle carries over from the test before."""
    emulator.next_minute()


@pytest.fixture
def client(emulator: Emulator) -> AuthenticatedClient:
    """A client sending the demo account's login and password."""
    return connect(DEMO_ACCOUNT.login, DEMO_ACCOUNT.password, base_url=emulator.base_url)


@pytest.fixture
def apikey_client(emulator: Emulator) -> AuthenticatedClient:
    assert DEMO_ACCOUNT.apikey is not None
    return connect_with_apikey(DEMO_ACCOUNT.apikey, base_url=emulator.base_url)
