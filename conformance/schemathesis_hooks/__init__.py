"""Schemathesis hooks shared by the in-process suites and the CLI run against a URL.

Loaded by `conformance/tests/*/test_schemathesis*.py` (in-process) and by the CLI through
`SCHEMATHESIS_HOOKS=conformance.schemathesis_hooks` (scripts/run_conformance.py sets it; schemathesis.toml names
it too). Each API's auth and checks live in its own module, `<api>.py` beside this one (one per spec in specs/,
imported here), and apply only to that API's paths; this module records every call for the coverage report.
An API's module may define `outcome(case, response) -> str` for how its answers are recorded (SMSC: "200" or
"error N", its errors coming in HTTP 200); otherwise the HTTP status is. `live_sends.py` (every API, from its
spec) makes the sends of a run against a URL go only to the spec's test numbers.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any

import schemathesis
from schemathesis import Case, Response

from ..spec_index import api_names
from . import live_sends  # noqa: F401  (registers the live runs' test-number rewriting of sends)
from .apis import api_of_operation

HOOKS: dict[str, ModuleType] = {api: importlib.import_module(f"{__name__}.{api}") for api in api_names()}

# api -> (operationId, outcome) of every call Schemathesis made in this process.
CALLS: dict[str, list[tuple[str, str]]] = {}


@schemathesis.hook
def after_call(context: Any, case: Case, response: Response) -> None:
    operation_id = str(case.operation.definition.raw.get("operationId"))
    api = api_of_operation(case.operation)
    outcome_of = getattr(HOOKS.get(api), "outcome", None)
    outcome = str(outcome_of(case, response)) if outcome_of is not None else str(response.status_code)
    CALLS.setdefault(api, []).append((operation_id, outcome))


__all__ = ["CALLS", "HOOKS"]
