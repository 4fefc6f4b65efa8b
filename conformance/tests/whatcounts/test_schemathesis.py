"""Schemathesis over every WhatCounts operation, in-process against the emulator (ASGI, no network).

All phases (examples, coverage, fuzzing) per operation, each against a fresh demo dataset. WhatCounts answers
business failures with 500 and a JSON error body, so schemathesis.toml accepts a 500 for valid data here and
conformance/schemathesis_hooks/whatcounts.py checks that every 500 is such a documented failure.
"""

from __future__ import annotations

import pytest
import schemathesis

from conformance.emulators.whatcounts import create_app, reset
from conformance.tests.in_process import in_process_schema, recording_calls

app = create_app()
schema = in_process_schema("whatcounts", app)
record_calls = recording_calls("whatcounts")


@pytest.fixture(autouse=True)
def fresh_dataset() -> None:
    reset(app)


@schema.parametrize()
def test_operation(case: schemathesis.Case) -> None:
    case.call_and_validate()
