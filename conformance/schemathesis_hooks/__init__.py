"""Schemathesis hooks shared by the in-process suites and the CLI run against a URL.

Loaded by `conformance/tests/*/test_schemathesis.py` (in-process) and by the CLI through
`SCHEMATHESIS_HOOKS=conformance.schemathesis_hooks` (scripts/run_conformance.py sets it; schemathesis.toml names
it too). Each API's auth and checks live in its own module and apply only to that API's paths; this module
records every call for the coverage report.
"""

from __future__ import annotations

from typing import Any

import schemathesis
from schemathesis import Case, Response

from . import smsc, smsend, whatcounts
from .apis import api_of_operation

# api -> (operationId, outcome) of every call Schemathesis made in this process. The outcome is the HTTP status,
# or for SMSC (always HTTP 200) "200" for a success reply and "error N" for an error reply.
CALLS: dict[str, list[tuple[str, str]]] = {}


@schemathesis.hook
def after_call(context: Any, case: Case, response: Response) -> None:
    operation_id = str(case.operation.definition.raw.get("operationId"))
    outcome = smsc.outcome(case, response) if smsc.is_smsc(case) else str(response.status_code)
    CALLS.setdefault(api_of_operation(case.operation), []).append((operation_id, outcome))


__all__ = ["CALLS", "smsc", "smsend", "whatcounts"]
