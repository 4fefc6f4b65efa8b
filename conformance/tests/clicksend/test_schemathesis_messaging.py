"""Schemathesis over ClickSend's messaging group (SMS, MMS and voice: sends, prices, receipts, inbound, templates,
histories; uploads), in-process against the emulator (ASGI, no network): examples, coverage and fuzzing, each
operation against fresh data (schemathesis_groups.py)."""

from __future__ import annotations

import schemathesis

from conformance.tests.clicksend.schemathesis_groups import fresh_data, group_schema, record_calls

__all__ = ["fresh_data", "record_calls"]  # autouse fixtures: fresh demo data, the coverage report's record

schema = group_schema("messaging")


@schema.parametrize()
def test_operation(case: schemathesis.Case) -> None:
    case.call_and_validate()
