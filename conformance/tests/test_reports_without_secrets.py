"""A CLI run against a URL (scripts/run_conformance.py, what users point at a live API) leaves no credential in
its stdout, its stderr or any report Schemathesis writes, and no credential travels in a URL (which access logs
keep) but smSend's password in its documented `GET login`.

Per API, the emulator is served over HTTP with an account whose secrets are canaries, and one authenticated
operation answers HTTP 500, so the run has failures (their reproductions go to stdout and to the junit, html,
pytest and wfc reports). The run writes every report format Schemathesis can write here. Each report file and
the output are searched for every canary: its distinctive start (which URL/form encoding and JSON and HTML
escaping leave intact), its percent-encoded and base64 forms, and the decoded text of every base64 token (Basic
credentials, `--report-preserve-bytes` bodies). smSend's session keys are the emulator's own, read from its state
after the run. (Its user key is not searched for: Schemathesis masks the header, but the dashboard answer
carries the key, as the API gives it.) The runs are kept small (few examples, a few tags): this is about the
reports, not coverage; each checks that the run made authenticated requests and that its reports hold them,
with the credentials masked.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import importlib
import importlib.util
import json
import os
import re
import shlex
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, quote_plus

import pytest
from schemathesis.config import ReportFormat

from conformance.emulators import clicksend, smsc, smsend, whatcounts
from conformance.emulators.registry import EMULATORS
from conformance.emulators.whatcounts.state import Realm
from conformance.tests.served import serve

ROOT = Path(__file__).resolve().parents[2]
MASK = "[Filtered]"

# The canaries end in characters that URL and form encoding change, so their encoded forms differ from them.
PASSWORD = "CANARY-PW-7f3a &+/="
API_KEY = "CANARY-KEY-91bc &+/="  # SMSC's apikey
CLIENT_AUTH = "CANARY-AUTH-55de &+/="  # a WhatCounts named API client's secret (the hooks send the realm's)
LOGIN, REALM, CLIENT_NAME = "canaryuser", "canaryrealm", "crm"  # not secrets

# Every format `st run --report` offers; allure needs allure-python-commons, which the project does not install
# (st stops with ModuleNotFoundError), so it is covered only where that package is present.
FORMATS = [f.value for f in ReportFormat if f.value != "allure" or importlib.util.find_spec("allure_commons")]
_BASE64 = re.compile(r"[A-Za-z0-9+/]{8,}={0,2}")


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode("ascii")


def forms(secret: str) -> dict[str, str]:
    """What to look for: the secret's start (so every escaped or encoded form of it shows), and the encodings."""
    return {
        "start": secret.split()[0],
        "as is": secret,
        "URL-encoded": quote(secret, safe=""),
        "form-encoded": quote_plus(secret),
        "base64": b64(secret),
    }


def base64_texts(text: str) -> list[str]:
    """The decoded text of every base64 token in `text`."""
    found = []
    for token in _BASE64.findall(text):
        with contextlib.suppress(binascii.Error):
            found.append(base64.b64decode(token, validate=True).decode("latin-1"))
    return found


def leaks(text: str, needles: dict[str, str]) -> list[str]:
    """Labels of the needles found in `text` or inside any base64 token of it."""
    found = [label for label, needle in needles.items() if needle in text]
    for decoded in base64_texts(text):
        found += [f"{label} (in base64)" for label, needle in needles.items() if needle in decoded]
    return sorted(set(found))


@dataclass
class Run:
    api: str
    make_app: Callable[[], Any]  # the emulator, with the canary account
    credentials: dict[str, str]  # the environment the hooks read them from
    failing_path: str  # requests to this path answer 500
    st_args: str  # what keeps the run small (--st-args)
    secrets: dict[str, str]  # label -> secret known before the run
    masked_in_har: Callable[[dict[str, Any]], bool]  # a HAR entry of an authenticated request, credentials masked
    issued: Callable[[Any], dict[str, str]] = lambda app: {}  # label -> secret the emulator issued during the run
    url_may_carry_password: str | None = None  # the path whose query string the API documents for the password


def body_masked(entry: dict[str, Any]) -> bool:
    """SMSC: the form body (as text, or base64 with --report-preserve-bytes) went with psw or apikey, masked."""
    text = (entry["request"].get("postData") or {}).get("text", "")
    return any(f"{name}={MASK}" in body for body in [text, *base64_texts(text)] for name in ("psw", "apikey"))


def header_masked(name: str) -> Callable[[dict[str, Any]], bool]:
    def masked(entry: dict[str, Any]) -> bool:
        headers = {header["name"].lower(): header["value"] for header in entry["request"]["headers"]}
        return headers.get(name.lower()) == MASK

    return masked


def smsend_keys(app: Any) -> dict[str, str]:
    """The session keys (and tokens) the emulator issued to the hooks' logins."""
    state = app.state.store.by_username[LOGIN]
    return {f"session key {n}": key for n, key in enumerate([*state.sessions, *state.tokens])}


# Login, the session operations and the groups (their links feed the stateful phase).
SMSEND_ARGS = "--include-tag authentication --include-tag user --include-tag contacts_groups --max-examples 2"
SMSC_ACCOUNT = smsc.Account(LOGIN, PASSWORD, apikey=API_KEY)
# The coverage phase of the status operations draws ids from the resource pool (whose source query Schemathesis
# records unmasked in the ndjson report).
SMSC_ARGS = "--include-tag balance --include-tag status --max-examples 2"
SMSC_SECRETS = {"password": PASSWORD, "API key": API_KEY}

RUNS = {
    "smsend": Run(
        "smsend",
        lambda: smsend.create_app(accounts=[smsend.Account(LOGIN, PASSWORD)]),
        {"SMSEND_USERNAME": LOGIN, "SMSEND_PASSWORD": PASSWORD},
        failing_path="/checksession",
        st_args=SMSEND_ARGS,
        secrets={"password": PASSWORD},
        masked_in_har=header_masked("Session_key"),
        issued=smsend_keys,
        url_may_carry_password="/login",  # `GET login?username=&password=` is the documented (only) login
    ),
    "smsc, login + psw": Run(
        "smsc",
        lambda: smsc.create_app(accounts=[SMSC_ACCOUNT], block_after_errors=None),
        {"SMSC_LOGIN": LOGIN, "SMSC_PASSWORD": PASSWORD},
        failing_path="/sys/balance.php",
        st_args=SMSC_ARGS,
        secrets=SMSC_SECRETS,
        masked_in_har=body_masked,
    ),
    "smsc, apikey, bodies kept as bytes": Run(
        "smsc",
        lambda: smsc.create_app(accounts=[SMSC_ACCOUNT], block_after_errors=None),
        {"SMSC_APIKEY": API_KEY},
        failing_path="/sys/balance.php",
        st_args=f"{SMSC_ARGS} --report-preserve-bytes",  # request bodies go in vcr and har as base64
        secrets=SMSC_SECRETS,
        masked_in_har=body_masked,
    ),
    "clicksend": Run(
        "clicksend",
        lambda: clicksend.create_app(accounts=[clicksend.Account(LOGIN, API_KEY)], demo_data=False),
        {"CLICKSEND_USERNAME": LOGIN, "CLICKSEND_API_KEY": API_KEY},
        failing_path="/lists/",
        # The lists (their links feed the stateful phase); not the account, whose answers carry the API key itself.
        st_args="--include-tag contact-list --max-examples 2",
        secrets={"API key": API_KEY, "Basic username:key": b64(f"{LOGIN}:{API_KEY}")},
        masked_in_har=header_masked("Authorization"),
    ),
    "whatcounts": Run(
        "whatcounts",
        lambda: whatcounts.create_app(
            accounts=[Realm(REALM, PASSWORD, api_clients={CLIENT_NAME: CLIENT_AUTH})], demo_data=False
        ),
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


class Recorder:
    """ASGI middleware: records each request line (the part of a request an access log keeps) and answers 500
    to the failing path."""

    def __init__(self, app: Any, failing_path: str) -> None:
        self.app, self.failing_path = app, failing_path
        self.request_lines: list[str] = []

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            query = scope["query_string"].decode("latin-1")
            self.request_lines.append(f"{scope['method']} {scope.get('raw_path', b'').decode('latin-1')}?{query}")
            if self.failing_path in scope["path"]:
                await send(
                    {"type": "http.response.start", "status": 500, "headers": [(b"content-type", b"text/plain")]}
                )
                await send({"type": "http.response.body", "body": b"Internal Server Error"})
                return
        await self.app(scope, receive, send)


def needles(secrets: dict[str, str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for label, secret in secrets.items():
        for kind, form in forms(secret).items():
            found[f"{label} ({kind})"] = form
    return found


def successes(app: Any) -> list[str]:
    """The authenticated operations that the emulator answered with success."""
    unauthenticated = {"login", "login_with_token"}
    return [op for op, outcome in app.state.calls if str(outcome).startswith("2") and op not in unauthenticated]


def cli_run(run: Run, app: Any, reports: Path) -> tuple[Recorder, subprocess.CompletedProcess[str]]:
    recorder = Recorder(app, run.failing_path)
    st_args = f"--report {','.join(FORMATS)} --report-dir {shlex.quote(str(reports))} {run.st_args}"
    prefixes = ("SMSEND_", "SMSC_", "WHATCOUNTS_", "CLICKSEND_", "ALLOW_")
    env = {k: v for k, v in os.environ.items() if not k.startswith(prefixes)}
    with serve(recorder) as origin:
        url = origin + importlib.import_module(EMULATORS[run.api]).base_path()
        command = [sys.executable, "scripts/run_conformance.py", "--api", run.api, "--base-url", url]
        result = subprocess.run(
            [*command, "--st-args", st_args],
            cwd=ROOT,
            env={**env, **run.credentials},
            capture_output=True,
            text=True,
            timeout=600,
        )
    return recorder, result


def test_every_api_has_a_run() -> None:
    assert {run.api for run in RUNS.values()} == set(EMULATORS)


@pytest.mark.parametrize("name", sorted(RUNS))
def test_no_secret_in_any_report_or_output(name: str, tmp_path: Path) -> None:
    run = RUNS[name]
    app = run.make_app()
    reports = tmp_path / "reports"
    recorder, result = cli_run(run, app, reports)
    output = result.stdout + result.stderr

    # The run worked, authenticated, and failed where it was made to (so the failure reports have content).
    assert "Reports:" in output, output[-4000:]
    assert result.returncode == 1 and "Failures:" in output, output[-4000:]
    assert successes(app), "no authenticated request succeeded"
    written = {path: path.read_text(errors="replace") for path in reports.rglob("*") if path.is_file()}
    for report_format in FORMATS:
        prefix = "test_schemathesis_" if report_format == "pytest" else f"{report_format}-"
        assert any(path.relative_to(reports).parts[0].startswith(prefix) for path in written), report_format
    issued = run.issued(app)
    assert issued or run.api != "smsend", "the hooks did not log in"

    # No secret in the output or in any report.
    wanted = needles({**run.secrets, **issued})
    found = {"stdout+stderr": leaks(output, wanted)}
    found |= {str(path.relative_to(reports)): leaks(text, wanted) for path, text in written.items()}
    assert {where: labels for where, labels in found.items() if labels} == {}

    # None in a URL either (an access log keeps those), but in smSend's login, which the API documents so.
    allowed = run.url_may_carry_password
    carrying = [line for line in recorder.request_lines if leaks(line, needles(run.secrets))]
    assert [line for line in carrying if allowed is None or f"{allowed}?" not in line] == []

    # The reports do hold the authenticated requests, with the credentials masked.
    (har,) = [json.loads(text) for path, text in written.items() if path.name.startswith("har-")]
    entries = har["log"]["entries"]
    assert len(entries) > 10 and any(run.masked_in_har(entry) for entry in entries), "no masked credentials"
