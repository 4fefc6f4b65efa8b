"""SMSC's suites: client tests against the served emulator, Schemathesis in-process, charsets, formats, secrets.

For the CLI run against a URL (test_cli_against_url.py): operations that show its wiring (a keyed read, a form
that changes state, a status read, and a send that must be left out), and the emulator's options for it: no IP
block, as the run's negative tests make error replies on purpose (see the README on live SMSC runs).
"""

from typing import Any

CLI_SAMPLE = ["get_balance", "add_contact", "get_status", "send_sms"]
CLI_EMULATOR_OPTIONS: dict[str, Any] = {"block_after_errors": None}
