"""The Schemathesis CLI run against a URL (what users point at a live API) works against each served emulator,
and leaves out what spends money unless told otherwise.

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


def spending_operations(api: str) -> list[str]:
    operations = spec_index(api).operations
    return [op.operation_id for op in operations if op.spends_credit or op.changes_credentials]


@pytest.mark.parametrize("api", sorted(EMULATORS))
def test_every_api_has_a_sample_that_shows_the_wiring(api: str) -> None:
    sample, _ = cli_run(api)
    assert set(sample) <= set(spec_index(api).by_id), api
    if spending_operations(api):
        assert set(sample) & set(spending_operations(api)), f"{api}: the sample must show the spending filter"


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
    assert set(spending_operations(api)) == set(left_out) - {"nothing"}
    assert "passed" in output and " failed" not in output
    tested = [operation for operation in sample if operation not in left_out]
    assert f"Selected: {len(tested)}/" in output and f"Tested: {len(tested)}\n" in output, output[-3000:]
