"""Schemathesis' stateful phase over ClickSend v3, in-process against the emulator: runs along the spec's OpenAPI
links (create -> get -> update -> delete, send -> receipt -> cancel, ...), each scenario from the demo dataset."""

from __future__ import annotations

from conformance.tests.clicksend.schemathesis_groups import record_calls, stateful_machine

__all__ = ["record_calls"]  # autouse fixture: the coverage report's record

TestStateful = stateful_machine().TestCase
