"""Schemathesis over every SMSC operation, in-process against the emulator (ASGI, no network).

All phases (examples, coverage, fuzzing) per operation, each operation against a fresh demo dataset (a delete
in one operation, e.g. `delete_group` with the boundary value grp=1, must not leave the next one nothing to
work on). SMSC answers HTTP 200 to everything, so the checks that matter are the ones in
conformance/schemathesis_hooks/smsc.py: valid requests get no error reply beyond their documented state
errors, invalid ones get an error reply, replies have the documented layout in every fmt.
The emulator's IP block (error 4 after repeated errors) is off here: fuzzing makes errors on purpose.
"""

from __future__ import annotations

import pytest
import schemathesis

from conformance.emulators.smsc import create_app, reset
from conformance.tests.in_process import in_process_schema, recording_calls

app = create_app(block_after_errors=None)
schema = in_process_schema("smsc", app)
record_calls = recording_calls("smsc")


@pytest.fixture(autouse=True)
def fresh_dataset() -> None:
    reset(app)


@schema.parametrize()
def test_operation(case: schemathesis.Case) -> None:
    case.call_and_validate()
