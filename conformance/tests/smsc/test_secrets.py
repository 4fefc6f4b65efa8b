"""psw and apikey never reach a log line, an exception message, a repr or a Schemathesis report."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from smsgw_smsc import models
from smsgw_smsc.overlay import ApiKey, Password, SmscAuth, call, connect, connect_with_apikey, errors
from smsgw_smsc.overlay.operations import delete_contact, get_balance

from conformance.emulators.smsc import DEMO_ACCOUNT, Account, create_app
from conformance.tests.served import serve

from .conftest import Emulator

ROOT = Path(__file__).resolve().parents[3]
SECRET_PASSWORD = "s3cret-Passw0rd-xyz"
SECRET_APIKEY = "k3y-ABCDEF-0123456789"


def test_reprs_hide_password_and_apikey(emulator: Emulator) -> None:
    password, apikey = Password("someone", SECRET_PASSWORD), ApiKey(SECRET_APIKEY)
    client = connect("someone", SECRET_PASSWORD, base_url=emulator.base_url)
    shown = [repr(password), repr(apikey), repr(SmscAuth(password)), repr(SmscAuth(apikey)), repr(client)]
    shown.append(repr(connect_with_apikey(SECRET_APIKEY, base_url=emulator.base_url)))
    for text in shown:
        assert SECRET_PASSWORD not in text and SECRET_APIKEY not in text
    assert "someone" in repr(password)


def test_logs_and_errors_carry_no_secrets(emulator: Emulator, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    failures: list[str] = []
    for client in (
        connect(DEMO_ACCOUNT.login, SECRET_PASSWORD, base_url=emulator.base_url),
        connect(DEMO_ACCOUNT.login, SECRET_PASSWORD, md5=True, base_url=emulator.base_url),
        connect_with_apikey(SECRET_APIKEY, base_url=emulator.base_url),
    ):
        with pytest.raises(errors.AuthorisationError) as refused:
            call(get_balance, client=client, body=models.BalanceForm(fmt=0))
        failures += [str(refused.value), repr(refused.value)]
    good = connect(DEMO_ACCOUNT.login, DEMO_ACCOUNT.password, base_url=emulator.base_url)
    with pytest.raises(errors.OperationFailedError) as failed:
        call(delete_contact, client=good, body=models.DeleteContactForm(phone="79990000000"))
    failures.append(str(failed.value))

    assert "HTTP Request: POST" in caplog.text  # the requests were logged
    for text in [caplog.text, *failures]:
        for secret in (SECRET_PASSWORD, SECRET_APIKEY, DEMO_ACCOUNT.password):
            assert secret not in text


def test_schemathesis_reports_mask_credentials(tmp_path: Path) -> None:
    """A Schemathesis CLI run against the served emulator, with reports and a failing check: the account's
    password and API key appear nowhere in its output or its report files."""
    account = Account("reporter", SECRET_PASSWORD, apikey=SECRET_APIKEY)
    with serve(create_app(accounts=[account], block_after_errors=None)) as origin:
        command = [
            str(Path(sys.executable).parent / "st"),
            "--config-file",
            "schemathesis.toml",
            "run",
            "specs/smsc.yaml",
            "--url",
            origin,
            "--include-operation-id",
            "get_balance",
            "--include-operation-id",
            "delete_contact",
            "--phases",
            "examples,coverage",
            "--report",
            "junit,vcr,har,ndjson",
            "--report-dir",
            str(tmp_path),
        ]
        for login in ({"SMSC_LOGIN": "reporter", "SMSC_PASSWORD": SECRET_PASSWORD}, {"SMSC_APIKEY": SECRET_APIKEY}):
            env = {
                **os.environ,
                "PYTHONPATH": os.pathsep.join(sys.path),
                "SCHEMATHESIS_HOOKS": "conformance.schemathesis_hooks",
            }
            env = {key: value for key, value in env.items() if not key.startswith("SMSC_")}
            result = subprocess.run(
                command, cwd=ROOT, env={**env, **login}, capture_output=True, text=True, timeout=300
            )
            output = result.stdout + result.stderr
            assert result.returncode == 0 and "passed" in output, output[-3000:]
            assert SECRET_PASSWORD not in output and SECRET_APIKEY not in output
    reports = [path.read_text(errors="replace") for path in tmp_path.rglob("*") if path.is_file()]
    assert reports, "Schemathesis wrote no report"
    assert any("balance.php" in report for report in reports)
    for report in reports:
        assert SECRET_PASSWORD not in report and SECRET_APIKEY not in report
