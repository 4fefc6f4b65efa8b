"""SMSC's suites: client tests against the served emulator, Schemathesis in-process, charsets, formats, secrets.

For the CLI run against a URL (test_cli_against_url.py): operations that show its wiring (a keyed read, a form
that changes state, a status read, and a send that must be left out), and the emulator's options for it: no IP
block, as the run's negative tests make error replies on purpose (see the README on live SMSC runs).
"""

from typing import Any

from conformance.tests.secrets_runs import API_KEY, LOGIN, PASSWORD, Run, body_masked

CLI_SAMPLE = ["get_balance", "add_contact", "get_status", "send_sms"]
CLI_EMULATOR_OPTIONS: dict[str, Any] = {"block_after_errors": None}


def _canary_app() -> Any:
    from conformance.emulators import smsc

    return smsc.create_app(accounts=[smsc.Account(LOGIN, PASSWORD, apikey=API_KEY)], block_after_errors=None)


# For test_reports_without_secrets.py. The coverage phase of the status operations draws ids from the resource
# pool (whose source query Schemathesis records unmasked in the ndjson report).
_ARGS = "--include-tag balance --include-tag status --max-examples 2"
_SECRETS = {"password": PASSWORD, "API key": API_KEY}
SECRETS_RUNS = {
    "smsc, login + psw": Run(
        "smsc",
        _canary_app,
        {"SMSC_LOGIN": LOGIN, "SMSC_PASSWORD": PASSWORD},
        failing_path="/sys/balance.php",
        st_args=_ARGS,
        secrets=_SECRETS,
        masked_in_har=body_masked,
    ),
    "smsc, apikey, bodies kept as bytes": Run(
        "smsc",
        _canary_app,
        {"SMSC_APIKEY": API_KEY},
        failing_path="/sys/balance.php",
        st_args=f"{_ARGS} --report-preserve-bytes",  # request bodies go in vcr and har as base64
        secrets=_SECRETS,
        masked_in_har=body_masked,
    ),
}
