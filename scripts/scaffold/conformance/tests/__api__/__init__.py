"""__Title__'s suites: client tests against the served emulator and Schemathesis in-process.

For the CLI run against a URL (test_cli_against_url.py): operations that show its wiring, and the emulator's
options for it.
"""

from typing import Any

from conformance.tests.secrets_runs import LOGIN, PASSWORD, Run, b64, header_masked

CLI_SAMPLE = ["get_account"]
CLI_EMULATOR_OPTIONS: dict[str, Any] = {}


# For test_prism.py (an API with plain paths is served by Prism from its spec's examples): connect as a user would.
def PRISM_CONNECT(overlay: Any, origin: str, transport: Any) -> Any:
    return overlay.connect(origin + "/v1", "demo", "demo-password", transport=transport)


def _canary_app() -> Any:
    from conformance.emulators import __api__

    return __api__.create_app(accounts=[__api__.Account(LOGIN, PASSWORD)])


# For test_reports_without_secrets.py: the emulator with canary credentials; every other request to the one
# operation answers 500, so the run has failures to report and successes to show the credentials masked.
SECRETS_RUNS = {
    "__api__": Run(
        "__api__",
        _canary_app,
        {"__API___USERNAME": LOGIN, "__API___PASSWORD": PASSWORD},
        failing_path="/account",
        failing_every=2,
        st_args="--max-examples 5",
        secrets={"password": PASSWORD, "Basic username:password": b64(f"{LOGIN}:{PASSWORD}")},
        masked_in_har=header_masked("Authorization"),
    ),
}
