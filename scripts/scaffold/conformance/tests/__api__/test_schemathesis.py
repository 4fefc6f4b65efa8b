"""Schemathesis over every __Title__ operation, in-process against the emulator (ASGI, no network): all phases,
each operation against fresh data."""

from __future__ import annotations

import pytest
import schemathesis

from conformance.emulators.__api__ import create_app, reset
from conformance.tests.in_process import in_process_schema, recording_calls

app = create_app()
schema = in_process_schema("__api__", app)
record_calls = recording_calls("__api__")


@pytest.fixture(autouse=True)
def fresh_data() -> None:
    reset(app)


@schema.parametrize()
def test_operation(case: schemathesis.Case) -> None:
    case.call_and_validate()
