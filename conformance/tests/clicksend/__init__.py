"""ClickSend v3's suites: emulator fidelity tests (raw JSON over HTTP) and Schemathesis in-process.

For the CLI run against a URL (test_cli_against_url.py): operations that show its wiring (a spending one is left
out), and the emulator's options for it.
"""

from typing import Any

CLI_SAMPLE = ["get_account", "create_contact_list", "get_contact_list", "send_sms"]
CLI_EMULATOR_OPTIONS: dict[str, Any] = {}


# For test_prism.py (an API with plain paths is served by Prism from its spec's examples): connect as a user would.
def PRISM_CONNECT(overlay: Any, origin: str, transport: Any) -> Any:
    return overlay.connect(origin + "/v3", "demo", "demo-api-key", transport=transport)
