"""smSend's suites: client tests against the served emulator, Schemathesis in-process, secrets, fidelity.

For the CLI run against a URL (test_cli_against_url.py): operations that show its wiring (logging in, a keyed
GET, a JSON body, a path parameter, and a send that must be left out), and the emulator's options for it.
"""

from typing import Any

CLI_SAMPLE = ["login", "get_user_status", "create_contact", "get_contact", "send_sms"]
CLI_EMULATOR_OPTIONS: dict[str, Any] = {}


# For test_prism.py: connect as a user would; Prism answers the login example (USER_KEY;SESSION_KEY).
def PRISM_CONNECT(overlay: Any, origin: str, transport: Any) -> Any:
    return overlay.connect(origin + "/API/v1.0/REST", "username", "password", transport=transport)
