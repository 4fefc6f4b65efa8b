"""WhatCounts' suites: client tests against the served emulator, Schemathesis in-process, secrets, round trips.

For the CLI run against a URL (test_cli_against_url.py): operations that show its wiring (a keyed list, free text
in path segments, and a send that must be left out), and the emulator's options for it.
"""

from typing import Any

from conformance.tests.secrets_runs import CLIENT_AUTH, CLIENT_NAME, PASSWORD, REALM, Run, b64, header_masked

CLI_SAMPLE = ["get_messages", "create_message", "send_message_to_phone"]
CLI_EMULATOR_OPTIONS: dict[str, Any] = {}


# For test_prism.py: connect as a user would (the docs' example realm and password).
def PRISM_CONNECT(overlay: Any, origin: str, transport: Any) -> Any:
    return overlay.connect(origin, "myAccount", "xyzpwd123", transport=transport)


def _canary_app() -> Any:
    from conformance.emulators import whatcounts
    from conformance.emulators.whatcounts.state import Realm

    realm = Realm(REALM, PASSWORD, api_clients={CLIENT_NAME: CLIENT_AUTH})
    return whatcounts.create_app(accounts=[realm], demo_data=False)


# For test_reports_without_secrets.py.
SECRETS_RUNS = {
    "whatcounts": Run(
        "whatcounts",
        _canary_app,
        {"WHATCOUNTS_REALM": REALM, "WHATCOUNTS_PASSWORD": PASSWORD},
        failing_path="/sms/stopSubscriberSend/",
        st_args="--max-examples 2",
        secrets={
            "password": PASSWORD,
            "client auth": CLIENT_AUTH,
            "Basic realm:password": b64(f"{REALM}:{PASSWORD}"),
            "x-api-key name:auth": b64(f"{CLIENT_NAME}:{CLIENT_AUTH}"),
        },
        masked_in_har=header_masked("Authorization"),
    ),
}
