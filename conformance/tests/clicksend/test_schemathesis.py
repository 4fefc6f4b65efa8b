"""Schemathesis over every ClickSend v3 operation, in-process against the emulator (ASGI, no network): all phases,
each operation against fresh data."""

from __future__ import annotations

import pytest
import schemathesis

from conformance.emulators.clicksend import create_app, reset
from conformance.tests.in_process import in_process_schema, recording_calls

app = create_app()
schema = in_process_schema("clicksend", app)
record_calls = recording_calls("clicksend")


@pytest.fixture(autouse=True)
def fresh_data() -> None:
    reset(app)


@schema.parametrize()
def test_operation(case: schemathesis.Case) -> None:
    case.call_and_validate()
