"""Fixtures for the smSend client tests: one emulator served over HTTP for the session, a logged-in client."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from smsgw_smsend.client import AuthenticatedClient
from smsgw_smsend.overlay import connect

from conformance.emulators.smsend import DEMO_ACCOUNT, base_path, create_app
from conformance.emulators.smsend.state import Account, AccountState, Store
from conformance.tests.recording import record_client_calls
from conformance.tests.served import FakeClock, serve

# A second account for tests that need one without superaccount or French-customer rights.
PLAIN_ACCOUNT = Account("plain", "plain-password", superaccount=False, french_customer=False)


@dataclass
class Emulator:
    base_url: str  # e.g. http://127.0.0.1:PORT/API/v1.0/REST
    app: Any
    clock: FakeClock

    @property
    def store(self) -> Store:
        store: Store = self.app.state.store
        return store

    def account(self, username: str = DEMO_ACCOUNT.username) -> AccountState:
        return self.store.by_username[username]


@pytest.fixture(scope="session")
def emulator() -> Iterator[Emulator]:
    clock = FakeClock()
    app = create_app(accounts=[DEMO_ACCOUNT, PLAIN_ACCOUNT], clock=clock)
    with serve(app) as origin:
        yield Emulator(origin + base_path(), app, clock)
    record_client_calls("smsend", app.state.calls)


@pytest.fixture
def client(emulator: Emulator) -> AuthenticatedClient:
    """A client logged in with a session key as the demo account."""
    return connect(emulator.base_url, DEMO_ACCOUNT.username, DEMO_ACCOUNT.password)
