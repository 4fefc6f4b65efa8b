"""Fixtures for the ClickSend v3 tests: one emulator served over HTTP for the session (its data and clock reset
before each test), raw-JSON clients of it (`api`, for the emulator's fidelity tests) and the generated client with
its overlay (`client`, for the client tests: `call(operations.x, client=client, ...)`)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from smsgw_clicksend.client import AuthenticatedClient
from smsgw_clicksend.overlay import connect

from conformance.emulators.clicksend import DEMO_ACCOUNT, base_path, create_app, reset
from conformance.emulators.clicksend.state import AccountState, Store
from conformance.spec_index import spec_index
from conformance.tests.recording import record_client_calls
from conformance.tests.served import FakeClock, serve

TEST_ACCOUNTS = spec_index("clicksend").info_marker["test-accounts"]
TEST_NUMBERS = spec_index("clicksend").info_marker["test-numbers"]


@dataclass
class Emulator:
    origin: str
    base_url: str
    app: Any
    clock: FakeClock

    @property
    def store(self) -> Store:
        store: Store = self.app.state.store
        return store

    @property
    def demo(self) -> AccountState:
        """The demo account's state."""
        login = self.store.login(DEMO_ACCOUNT.username)
        assert login is not None
        return self.store.users.get(login.user_id)

    def client(self, username: str = DEMO_ACCOUNT.username, api_key: str = DEMO_ACCOUNT.api_key) -> httpx.Client:
        return httpx.Client(base_url=self.base_url, auth=(username, api_key), timeout=30)

    def anonymous(self) -> httpx.Client:
        return httpx.Client(base_url=self.base_url, timeout=30)


@pytest.fixture(scope="session")
def served() -> Iterator[Emulator]:
    clock = FakeClock()
    app = create_app(clock=clock)
    with serve(app) as origin:
        yield Emulator(origin, origin + base_path(), app, clock)


@pytest.fixture
def emulator(served: Emulator) -> Emulator:
    served.clock.offset = 0.0
    reset(served.app)
    return served


@pytest.fixture(scope="session")
def served_for_clients() -> Iterator[Emulator]:
    """A second emulator, only for the client tests: its call log is what the coverage report counts as
    "called by a client test" (the fidelity tests' raw calls go to `served`)."""
    clock = FakeClock()
    app = create_app(clock=clock)
    with serve(app) as origin:
        yield Emulator(origin, origin + base_path(), app, clock)
    record_client_calls("clicksend", app.state.calls)


@pytest.fixture
def client_emulator(served_for_clients: Emulator) -> Emulator:
    """The client tests' emulator (data and clock reset), to set up state and read it back."""
    served_for_clients.clock.offset = 0.0
    reset(served_for_clients.app)
    return served_for_clients


@pytest.fixture
def client(client_emulator: Emulator) -> Iterator[AuthenticatedClient]:
    """The demo account's generated client, connected through the overlay as a user would."""
    connected = connect(DEMO_ACCOUNT.username, DEMO_ACCOUNT.api_key, base_url=client_emulator.base_url, timeout=30)
    with connected:
        yield connected


@pytest.fixture
def api(emulator: Emulator) -> Iterator[httpx.Client]:
    """The demo account's client."""
    with emulator.client() as client:
        yield client


def data(response: httpx.Response) -> Any:
    """The `data` of a successful answer, after checking the envelope."""
    body = response.json()
    assert response.status_code == 200, body
    assert (body["http_code"], body["response_code"]) == (200, "SUCCESS"), body
    assert isinstance(body["response_msg"], str)
    return body["data"]


def error(response: httpx.Response, status: int, code: str) -> str:
    """The message of an error answer, after checking its envelope, status and application code."""
    body = response.json()
    assert response.status_code == status, body
    assert (body["http_code"], body["response_code"]) == (status, code), body
    assert body["data"] is None
    return str(body["response_msg"])


def sms(to: str, body: str, **more: Any) -> dict[str, Any]:
    return {"messages": [{"to": to, "body": body, **more}]}


def balance(api: httpx.Client) -> float:
    return float(data(api.get("/account"))["balance"])
