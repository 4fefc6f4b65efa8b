"""The Schemathesis CLI run against a URL (what users point at a live API) works against each served emulator,
and leaves out what spends money unless told otherwise: all but the sends the hooks make go to the spec's test
numbers only (ClickSend's; conformance/tests/clicksend/test_live_sends.py shows nothing else is sent to).

This proves the wiring (hooks, auth from the environment, the spending filter, the exit code) on a sample of
each API's operations: the whole API is already run in-process by `<api>/test_schemathesis.py`.
"""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from conformance.emulators.registry import EMULATORS
from conformance.spec_index import spec_index
from conformance.tests.served import serve

ROOT = Path(__file__).resolve().parents[2]


def cli_run(api: str) -> tuple[list[str], dict[str, Any]]:
    """The API's sample of operations and its emulator's options (`CLI_SAMPLE`, `CLI_EMULATOR_OPTIONS` of its
    test package, conformance/tests/<api>/)."""
    package = importlib.import_module(f"conformance.tests.{api}")
    return list(package.CLI_SAMPLE), dict(package.CLI_EMULATOR_OPTIONS)


def left_out_operations(api: str) -> list[str]:
    """What a run against a URL must leave out: what changes credentials, and what spends unless the hooks can
    send it to the test numbers only."""
    spec = spec_index(api)
    return [
        op.operation_id
        for op in spec.operations
        if op.changes_credentials or (op.spends_credit and not spec.sends_to_test_numbers(op))
    ]


def test_sends_to_test_numbers_are_clicksends_alone() -> None:
    """The other APIs' spending operations stay left out of live runs as they were."""
    free = {
        api: [op.operation_id for op in spec_index(api).operations if spec_index(api).sends_to_test_numbers(op)]
        for api in EMULATORS
    }
    assert free == {api: ["send_sms", "send_mms", "send_voice"] if api == "clicksend" else [] for api in EMULATORS}


@pytest.mark.parametrize("api", sorted(EMULATORS))
def test_every_api_has_a_sample_that_shows_the_wiring(api: str) -> None:
    sample, _ = cli_run(api)
    spec = spec_index(api)
    assert set(sample) <= set(spec.by_id), api
    if left_out_operations(api):
        assert set(sample) & set(left_out_operations(api)), f"{api}: the sample must show the spending filter"
    free = [op.operation_id for op in spec.operations if spec.sends_to_test_numbers(op)]
    if free:
        assert set(sample) & set(free), f"{api}: the sample must show a send that goes to the test numbers"


@pytest.mark.parametrize("api", sorted(EMULATORS))
def test_the_cli_run_against_a_served_emulator_passes(api: str) -> None:
    module = importlib.import_module(EMULATORS[api])
    sample, options = cli_run(api)
    with serve(module.create_app(**options)) as origin:
        st_args = " ".join(f"--include-operation-id {operation}" for operation in sample)
        result = subprocess.run(
            [
                *(sys.executable, "scripts/run_conformance.py", "--api", api),
                *("--base-url", origin + module.base_path(), "--st-args", f"{st_args} --max-examples 10"),
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=600,
        )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-4000:]
    (announced,) = [line for line in output.splitlines() if line.startswith(f"{api}: Schemathesis against")]
    left_out = announced.split("left out: ", 1)[1].rstrip(")").split(", ")
    assert set(left_out_operations(api)) == set(left_out) - {"nothing"}
    assert "passed" in output and " failed" not in output
    tested = [operation for operation in sample if operation not in left_out]
    assert f"Selected: {len(tested)}/" in output and f"Tested: {len(tested)}\n" in output, output[-3000:]
