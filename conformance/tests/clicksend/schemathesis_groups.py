"""ClickSend's in-process Schemathesis suite, split by tag group so that pytest-xdist (`--dist loadfile`: one file,
one worker) shares its 86 operations between the workers: test_schemathesis_<group>.py per group, and the
stateful runs along the links in test_schemathesis_stateful.py. One emulator app per worker process, its demo data
reset before each operation and each stateful scenario.

Every operation is in exactly one group: the `other` group is whatever the named groups leave, so an operation
with a new tag is still run.
"""

from __future__ import annotations

from typing import Any

import pytest
from schemathesis.specs.openapi.schemas import OpenApiSchema

from conformance.emulators.clicksend import create_app, reset
from conformance.tests.in_process import in_process_schema, recording_calls

app = create_app()
schema = in_process_schema("clicksend", app)

# Tag groups of about the same run time.
GROUPS = {
    "account": [
        "account",
        "subaccount",
        "contact",
        "contact-list",
        "search",
        "countries",
        "global-sending",
        "timezones",
    ],
    "messaging": ["sms", "mms", "voice", "upload"],
}


def group_schema(group: str) -> OpenApiSchema:
    """The operations of one group: a named group's tags, or for `other` every tag the named groups leave.

    (By exclusion: schemathesis.toml's per-operation settings make the schema's own filter include every
    operation, and an `include` only adds to that.)"""
    named = {tag for tags in GROUPS.values() for tag in tags}
    wanted = set(GROUPS.get(group, ()))

    def outside(ctx: Any) -> bool:
        tags = set(ctx.operation.tags or ())
        return bool(tags & named) if group == "other" else not tags & wanted

    selected: OpenApiSchema = schema.exclude(outside)  # a clone: of the same class
    return selected


@pytest.fixture(autouse=True)
def fresh_data() -> None:
    reset(app)


record_calls = recording_calls("clicksend")


def stateful_machine() -> Any:
    class StatefulMachine(schema.as_state_machine()):
        def setup(self) -> None:
            # Every scenario starts from the demo dataset: with data left over from earlier scenarios the same
            # choices would meet different answers, which Hypothesis rightly reports as flaky generation.
            reset(app)

    return StatefulMachine


__all__ = ["GROUPS", "app", "fresh_data", "group_schema", "record_calls", "schema", "stateful_machine"]
