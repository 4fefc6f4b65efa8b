"""Schemathesis over every __Title__ operation, in-process against the emulator (ASGI, no network): all phases,
each operation against fresh data."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import schemathesis
from schemathesis.config import SchemathesisConfig

from conformance import schemathesis_hooks
from conformance.emulators.__api__ import SPEC_PATH, create_app, reset
from conformance.tests.recording import ROOT_CONFIG, record_schemathesis_calls

app = create_app()
schema = schemathesis.openapi.from_path(SPEC_PATH, config=SchemathesisConfig.from_path(ROOT_CONFIG))
schema.app = app


@pytest.fixture(autouse=True, scope="module")
def record_calls() -> Iterator[None]:
    yield
    record_schemathesis_calls("__api__", schemathesis_hooks.CALLS.get("__api__", []))


@pytest.fixture(autouse=True)
def fresh_data() -> None:
    reset(app)


@schema.parametrize()
def test_operation(case: schemathesis.Case) -> None:
    case.call_and_validate()
