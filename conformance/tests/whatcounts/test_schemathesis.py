"""Schemathesis over every WhatCounts operation, in-process against the emulator (ASGI, no network).

All phases (examples, coverage, fuzzing) per operation, each against a fresh demo dataset. WhatCounts answers
business failures with 500 and a JSON error body, so schemathesis.toml accepts a 500 for valid data here and
conformance/schemathesis_hooks/whatcounts.py checks that every 500 is such a documented failure.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import schemathesis
from schemathesis.config import SchemathesisConfig

from conformance import schemathesis_hooks
from conformance.emulators.whatcounts import SPEC_PATH, create_app, reset
from conformance.tests.recording import ROOT_CONFIG, record_schemathesis_calls

app = create_app()
schema = schemathesis.openapi.from_path(SPEC_PATH, config=SchemathesisConfig.from_path(ROOT_CONFIG))
schema.app = app


@pytest.fixture(autouse=True, scope="module")
def record_calls() -> Iterator[None]:
    yield
    record_schemathesis_calls("whatcounts", schemathesis_hooks.CALLS.get("whatcounts", []))


@pytest.fixture(autouse=True)
def fresh_dataset() -> None:
    reset(app)


@schema.parametrize()
def test_operation(case: schemathesis.Case) -> None:
    case.call_and_validate()
