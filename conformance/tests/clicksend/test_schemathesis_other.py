"""Schemathesis over the ClickSend operations the other groups leave (campaigns, numbers, statistics, delivery
issues), in-process against the emulator (ASGI, no network): examples, coverage and fuzzing, each operation
against fresh data (schemathesis_groups.py)."""

from __future__ import annotations

import schemathesis

from conformance.spec_index import spec_index
from conformance.tests.clicksend.schemathesis_groups import GROUPS, fresh_data, group_schema, record_calls
from conformance.tests.clicksend.schemathesis_groups import schema as whole_schema

__all__ = ["fresh_data", "record_calls"]  # autouse fixtures: fresh demo data, the coverage report's record

schema = group_schema("other")


@schema.parametrize()
def test_operation(case: schemathesis.Case) -> None:
    case.call_and_validate()


def test_the_groups_run_every_operation_exactly_once() -> None:
    everything = [result.ok() for result in whole_schema.get_all_operations()]
    labels = [
        operation.label
        for group in [*GROUPS, "other"]
        for operation in everything
        if group_schema(group).filter_set.applies_to(operation)
    ]
    assert sorted(labels) == sorted(operation.label for operation in everything)
    assert len(labels) == len(spec_index("clicksend").operations)
