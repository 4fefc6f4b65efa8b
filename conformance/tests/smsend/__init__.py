"""smSend's suites: client tests against the served emulator, Schemathesis in-process, secrets, fidelity.

For the CLI run against a URL (test_cli_against_url.py): operations that show its wiring (logging in, a keyed
GET, a JSON body, a path parameter, and a send that must be left out), and the emulator's options for it.
"""

from typing import Any

from conformance.tests.secrets_runs import LOGIN, PASSWORD, Run, header_masked

CLI_SAMPLE = ["login", "get_user_status", "create_contact", "get_contact", "send_sms"]
CLI_EMULATOR_OPTIONS: dict[str, Any] = {}


# For test_prism.py: connect as a user would; Prism answers the login example (USER_KEY;SESSION_KEY).
def PRISM_CONNECT(overlay: Any, origin: str, transport: Any) -> Any:
    return overlay.connect(origin + "/API/v1.0/REST", "username", "password", transport=transport)


def _issued_session_keys(app: Any) -> dict[str, str]:
    """The session keys (and tokens) the emulator issued to the hooks' logins."""
    state = app.state.store.by_username[LOGIN]
    return {f"session key {n}": key for n, key in enumerate([*state.sessions, *state.tokens])}


def _canary_app() -> Any:
    from conformance.emulators import smsend

    return smsend.create_app(accounts=[smsend.Account(LOGIN, PASSWORD)])


# For test_reports_without_secrets.py: login, the session operations and the groups (their links feed the
# stateful phase).
SECRETS_RUNS = {
    "smsend": Run(
        "smsend",
        _canary_app,
        {"SMSEND_USERNAME": LOGIN, "SMSEND_PASSWORD": PASSWORD},
        failing_path="/checksession",
        st_args="--include-tag authentication --include-tag user --include-tag contacts_groups --max-examples 2",
        secrets={"password": PASSWORD},
        masked_in_har=header_masked("Session_key"),
        issued=_issued_session_keys,
        url_may_carry_password="/login",  # `GET login?username=&password=` is the documented (only) login
    ),
}
