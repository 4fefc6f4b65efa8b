"""Fixtures for the WhatCounts client tests: one emulator served over HTTP for the session, connected clients."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from smsgw_whatcounts.client import AuthenticatedClient
from smsgw_whatcounts.overlay import ApiClient, connect

from conformance.emulators.whatcounts import DEMO_ACCOUNT, create_app
from conformance.emulators.whatcounts.state import Realm, RealmState, Store
from conformance.tests.recording import record_client_calls
from conformance.tests.served import FakeClock, serve

# A second realm that requires customer keys and starts empty: isolation and customer-key tests.
OTHER_REALM = Realm("other", "other-password", requires_customer_key=True)
AWKWARD = "Sale / 50% off + more? #1 & ü\nsecond line"  # every character a path segment makes awkward


@dataclass
class Emulator:
    site_url: str  # http://127.0.0.1:PORT (the API is under /rest)
    app: Any
    clock: FakeClock

    @property
    def store(self) -> Store:
        store: Store = self.app.state.store
        return store

    def realm(self, name: str = DEMO_ACCOUNT.name) -> RealmState:
        return self.store.realms[name]


@pytest.fixture(scope="session")
def emulator() -> Iterator[Emulator]:
    clock = FakeClock()
    app = create_app(accounts=[DEMO_ACCOUNT, OTHER_REALM], clock=clock)
    with serve(app) as origin:
        yield Emulator(origin, app, clock)
    record_client_calls("whatcounts", app.state.calls)


@pytest.fixture
def client(emulator: Emulator) -> AuthenticatedClient:
    """A client of the demo realm, with its realm name and API password."""
    return connect(emulator.site_url, DEMO_ACCOUNT.name, DEMO_ACCOUNT.api_password)


@pytest.fixture
def api_client_client(emulator: Emulator) -> AuthenticatedClient:
    """A client of the demo realm that also names its API client (x-api-key)."""
    name, auth = next(iter(DEMO_ACCOUNT.api_clients.items()))
    return connect(emulator.site_url, DEMO_ACCOUNT.name, DEMO_ACCOUNT.api_password, api_client=ApiClient(name, auth))
