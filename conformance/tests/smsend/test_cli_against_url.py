"""The Schemathesis CLI run against a URL (what users point at the live API) works against a served emulator."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conformance.emulators.smsend import base_path, create_app
from conformance.tests.served import serve

ROOT = Path(__file__).resolve().parents[3]


def test_the_cli_run_against_a_served_emulator_passes_and_spares_credit() -> None:
    with serve(create_app()) as origin:
        result = subprocess.run(
            [sys.executable, "scripts/run_conformance.py", "--api", "smsend", "--base-url", origin + base_path()],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=600,
        )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-4000:]
    assert "left out: reset_password" in output and "send_sms" in output  # no spending without ALLOW_SPENDING=1
    assert "passed" in output and " failed" not in output
