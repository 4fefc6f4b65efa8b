"""ClickSend v3's suites: client tests against the served emulator and Schemathesis in-process.

For the CLI run against a URL (test_cli_against_url.py): operations that show its wiring, and the emulator's
options for it.
"""

from typing import Any

CLI_SAMPLE = ["get_account"]
CLI_EMULATOR_OPTIONS: dict[str, Any] = {}


# For test_prism.py (an API with plain paths is served by Prism from its spec's examples): connect as a user would.
def PRISM_CONNECT(overlay: Any, origin: str, transport: Any) -> Any:
    return overlay.connect(origin + "/v1", "demo", "demo-password", transport=transport)
