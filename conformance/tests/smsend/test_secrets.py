"""Passwords, session keys and tokens never reach a repr, an exception message or a log line."""

from __future__ import annotations

import logging

import pytest
from smsgw_smsend.overlay import Keys, PasswordLogin, SmsendAuth, call, connect, connect_with_keys, errors
from smsgw_smsend.overlay.operations import get_dashboard

from conformance.emulators.smsend import DEMO_ACCOUNT

from .conftest import PLAIN_ACCOUNT, Emulator


def test_reprs_hide_passwords_and_keys() -> None:
    login = PasswordLogin("someone", "hunter2-password")
    keys = Keys("USERKEY123", "SESSIONSECRET456")
    auth = SmsendAuth("http://example.invalid", login=login, keys=keys)
    for shown in (repr(login), repr(keys), repr(auth), str(keys)):
        assert "hunter2-password" not in shown
        assert "USERKEY123" not in shown and "SESSIONSECRET456" not in shown
    assert "someone" in repr(login)


def test_login_logs_and_errors_carry_no_secrets(emulator: Emulator, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    client = connect(emulator.base_url, PLAIN_ACCOUNT.username, PLAIN_ACCOUNT.password)
    call(get_dashboard, client=client)
    auth = client._httpx_args["auth"]
    assert auth.keys is not None
    with pytest.raises(errors.InvalidCredentialsError) as refused:
        connect(emulator.base_url, DEMO_ACCOUNT.username, "wrong-password-xyz")

    logged = caplog.text
    assert "login?username=" in logged  # the request was logged, with the password masked
    assert PLAIN_ACCOUNT.password not in logged
    assert "password=***" in logged
    assert "wrong-password-xyz" not in logged and "wrong-password-xyz" not in str(refused.value)
    assert auth.keys.user_key not in logged and auth.keys.secret not in logged
    shown = repr(client)
    assert auth.keys.user_key not in shown and auth.keys.secret not in shown and PLAIN_ACCOUNT.password not in shown


def test_an_unauthorized_error_does_not_echo_the_keys(emulator: Emulator) -> None:
    client = connect_with_keys(emulator.base_url, "UNKNOWNKEY", "NOT-A-TOKEN", is_token=True)
    with pytest.raises(errors.NotFoundError) as refused:  # unknown user_key: 404, as documented
        call(get_dashboard, client=client)
    assert "UNKNOWNKEY" not in str(refused.value) and "NOT-A-TOKEN" not in str(refused.value)
