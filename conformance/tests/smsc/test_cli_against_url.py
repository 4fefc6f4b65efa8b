"""The Schemathesis CLI run against a URL (what users point at the live service) works against a served emulator."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conformance.emulators.smsc import create_app
from conformance.tests.served import serve

ROOT = Path(__file__).resolve().parents[3]


def test_the_cli_run_against_a_served_emulator_passes_and_spares_money() -> None:
    # No IP block: the run's negative tests make error replies on purpose (see the README on live runs).
    with serve(create_app(block_after_errors=None)) as origin:
        result = subprocess.run(
            [sys.executable, "scripts/run_conformance.py", "--api", "smsc", "--base-url", origin],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=600,
        )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-4000:]
    assert "left out: send_sms, send_sms_list" in output  # nothing that costs money without ALLOW_SPENDING=1
    assert "passed" in output and " failed" not in output
