"""WhatCounts' suites: client tests against the served emulator, Schemathesis in-process, secrets, round trips.

For the CLI run against a URL (test_cli_against_url.py): operations that show its wiring (a keyed list, free text
in path segments, and a send that must be left out), and the emulator's options for it.
"""

from typing import Any

CLI_SAMPLE = ["get_messages", "create_message", "send_message_to_phone"]
CLI_EMULATOR_OPTIONS: dict[str, Any] = {}


# For test_prism.py: connect as a user would (the docs' example realm and password).
def PRISM_CONNECT(overlay: Any, origin: str, transport: Any) -> Any:
    return overlay.connect(origin, "myAccount", "xyzpwd123", transport=transport)
