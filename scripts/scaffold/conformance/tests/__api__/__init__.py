"""__Title__'s suites: client tests against the served emulator and Schemathesis in-process.

For the CLI run against a URL (test_cli_against_url.py): operations that show its wiring, and the emulator's
options for it.
"""

from typing import Any

CLI_SAMPLE = ["get_account"]
CLI_EMULATOR_OPTIONS: dict[str, Any] = {}
