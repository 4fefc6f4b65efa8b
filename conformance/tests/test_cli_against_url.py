"""The Schemathesis CLI run against a URL (what users point at a live API) works against each served emulator,
and leaves out what spends money unless told otherwise."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from conformance.emulators.registry import EMULATORS
from conformance.tests.served import serve

ROOT = Path(__file__).resolve().parents[2]

# api -> options for its emulator
RUNS: dict[str, dict[str, Any]] = {
    "smsend": {},
    # No IP block: the run's negative tests make error replies on purpose (see the README on live SMSC runs).
    "smsc": {"block_after_errors": None},
    "whatcounts": {},
}


def spending_operations(api: str) -> list[str]:
    spec = yaml.safe_load((ROOT / "specs" / f"{api}.yaml").read_text())
    found = [op for item in spec["paths"].values() for op in item.values() if isinstance(op, dict)]
    return [op["operationId"] for op in found if op.get("x-spends-credit") or op.get("x-changes-credentials")]


def test_every_api_has_a_cli_run() -> None:
    assert set(RUNS) == set(EMULATORS)


@pytest.mark.parametrize("api", sorted(RUNS))
def test_the_cli_run_against_a_served_emulator_passes(api: str) -> None:
    module = importlib.import_module(EMULATORS[api])
    with serve(module.create_app(**RUNS[api])) as origin:
        result = subprocess.run(
            [sys.executable, "scripts/run_conformance.py", "--api", api, "--base-url", origin + module.base_path()],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=600,
        )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-4000:]
    (announced,) = [line for line in output.splitlines() if line.startswith(f"{api}: Schemathesis against")]
    left_out = announced.split("left out: ", 1)[1].rstrip(")").split(", ")
    assert spending_operations(api) and set(spending_operations(api)) == set(left_out)
    assert "passed" in output and " failed" not in output
