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

import importlib
import importlib.util
import json
import os
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from schemathesis.config import ReportFormat

from conformance.emulators.registry import EMULATORS
from conformance.spec_index import api_names
from conformance.tests.secrets_runs import Run, forms, leaks, runs_of_every_api
from conformance.tests.served import serve

ROOT = Path(__file__).resolve().parents[2]

# Every format `st run --report` offers; allure needs allure-python-commons, which the project does not install
# (st stops with ModuleNotFoundError), so it is covered only where that package is present.
FORMATS = [f.value for f in ReportFormat if f.value != "allure" or importlib.util.find_spec("allure_commons")]

RUNS = runs_of_every_api()  # each API's SECRETS_RUNS (conformance/tests/<api>/__init__.py)


class Recorder:
    """ASGI middleware: records each request line (the part of a request an access log keeps) and answers 500
    to the failing path."""

    def __init__(self, app: Any, failing_path: str, failing_every: int = 1) -> None:
        self.app, self.failing_path, self.failing_every = app, failing_path, failing_every
        self.request_lines: list[str] = []
        self.failing_seen = 0

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            query = scope["query_string"].decode("latin-1")
            self.request_lines.append(f"{scope['method']} {scope.get('raw_path', b'').decode('latin-1')}?{query}")
            if self.failing_path in scope["path"]:
                self.failing_seen += 1
            if self.failing_path in scope["path"] and self.failing_seen % self.failing_every == 0:
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
    recorder = Recorder(app, run.failing_path, run.failing_every)
    st_args = f"--report {','.join(FORMATS)} --report-dir {shlex.quote(str(reports))} {run.st_args}"
    prefixes = (*(f"{api.upper()}_" for api in api_names()), "ALLOW_")  # no credentials of this machine's
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
