"""psw and apikey never reach a log line, an exception message or a repr. (Schemathesis reports and output:
conformance/tests/test_reports_without_secrets.py.)"""

from __future__ import annotations

import logging

import pytest
from smsgw_smsc import models
from smsgw_smsc.overlay import ApiKey, Password, SmscAuth, call, connect, connect_with_apikey, errors
from smsgw_smsc.overlay.operations import delete_contact, get_balance

from conformance.emulators.smsc import DEMO_ACCOUNT

from .conftest import Emulator

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
