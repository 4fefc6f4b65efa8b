"""Fixtures for the ClickSend v3 client tests: one emulator served over HTTP for the session, a connected client."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from smsgw_clicksend.client import AuthenticatedClient
from smsgw_clicksend.overlay import connect

from conformance.emulators.clicksend import DEMO_ACCOUNT, base_path, create_app
from conformance.tests.recording import record_client_calls
from conformance.tests.served import FakeClock, serve


@dataclass
class Emulator:
    base_url: str
    app: Any
    clock: FakeClock


@pytest.fixture(scope="session")
def emulator() -> Iterator[Emulator]:
    clock = FakeClock()
    app = create_app(clock=clock)
    with serve(app) as origin:
        yield Emulator(origin + base_path(), app, clock)
    record_client_calls("clicksend", app.state.calls)


@pytest.fixture
def client(emulator: Emulator) -> AuthenticatedClient:
    return connect(emulator.base_url, DEMO_ACCOUNT.username, DEMO_ACCOUNT.password)
