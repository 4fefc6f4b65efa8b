"""ClickSend v3's suites: emulator fidelity tests (raw JSON over HTTP) and Schemathesis in-process.

For the CLI run against a URL (test_cli_against_url.py): operations that show its wiring (a send, which goes to
the test numbers only, and a campaign send, which is left out), and the emulator's options for it.
"""

from typing import Any

from conformance.tests.secrets_runs import API_KEY, LOGIN, Run, b64, header_masked

CLI_SAMPLE = ["get_account", "create_contact_list", "get_contact_list", "send_sms", "send_sms_campaign"]
CLI_EMULATOR_OPTIONS: dict[str, Any] = {}


# For test_prism.py (an API with plain paths is served by Prism from its spec's examples): connect as a user would.
def PRISM_CONNECT(overlay: Any, origin: str, transport: Any) -> Any:
    return overlay.connect("demo", "demo-api-key", base_url=origin + "/v3", transport=transport)


def _canary_app() -> Any:
    from conformance.emulators import clicksend

    return clicksend.create_app(accounts=[clicksend.Account(LOGIN, API_KEY)], demo_data=False)


# For test_reports_without_secrets.py: the lists (their links feed the stateful phase); not the account, whose
# answers carry the API key itself.
SECRETS_RUNS = {
    "clicksend": Run(
        "clicksend",
        _canary_app,
        {"CLICKSEND_USERNAME": LOGIN, "CLICKSEND_API_KEY": API_KEY},
        failing_path="/lists/",
        st_args="--include-tag contact-list --max-examples 2",
        secrets={"API key": API_KEY, "Basic username:key": b64(f"{LOGIN}:{API_KEY}")},
        masked_in_har=header_masked("Authorization"),
    ),
}
