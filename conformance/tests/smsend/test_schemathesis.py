"""Schemathesis over every smSend operation, in-process against the emulator (ASGI, no network).

All phases: examples, coverage and fuzzing per operation (`test_operation`), then stateful runs along the
spec's OpenAPI links (`TestStateful`: create -> get -> modify -> delete chains). Configuration from
schemathesis.toml, shared with the CLI run against a URL.
"""

from __future__ import annotations

import schemathesis

from conformance.emulators.smsend import DEMO_ACCOUNT, create_app, reset
from conformance.tests.in_process import in_process_schema, recording_calls

app = create_app()
schema = in_process_schema("smsend", app)
record_calls = recording_calls("smsend")


def restore_demo_password() -> None:
    """`pwdreset` with a generated password would lock the suite's own login out: undo it after each call."""
    app.state.store.by_username[DEMO_ACCOUNT.username].password = DEMO_ACCOUNT.password


@schema.parametrize()
def test_operation(case: schemathesis.Case) -> None:
    try:
        case.call_and_validate()
    finally:
        restore_demo_password()


class StatefulMachine(schema.as_state_machine()):
    def setup(self) -> None:
        # Every scenario starts from the demo dataset: with data left over from earlier scenarios the same choices
        # would meet different answers, which Hypothesis rightly reports as flaky generation.
        reset(app)

    def after_call(self, response: schemathesis.Response, case: schemathesis.Case) -> None:
        restore_demo_password()


TestStateful = StatefulMachine.TestCase
