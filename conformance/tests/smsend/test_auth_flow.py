"""smSend's auth flow tested as a generator (as httpx's own auth tests do): what it sends for each answer."""

from __future__ import annotations

import httpx
import pytest
from smsgw_smsend.overlay import Keys, PasswordLogin, SmsendAuth, errors

BASE = "https://gateway.invalid/API/v1.0/REST"


def status_request() -> httpx.Request:
    return httpx.Request("GET", f"{BASE}/status")


def test_known_keys_go_on_the_request_and_a_success_ends_the_flow() -> None:
    flow = SmsendAuth(BASE, keys=Keys("UK", "SK")).sync_auth_flow(status_request())
    sent = next(flow)
    assert (sent.headers["user_key"], sent.headers["Session_key"]) == ("UK", "SK")
    with pytest.raises(StopIteration):
        flow.send(httpx.Response(200))


def test_no_keys_yet_logs_in_first() -> None:
    auth = SmsendAuth(BASE, login=PasswordLogin("me", "pw"))
    flow = auth.sync_auth_flow(status_request())
    login = next(flow)
    assert (login.url.path, login.url.params["username"]) == ("/API/v1.0/REST/login", "me")
    sent = flow.send(httpx.Response(200, text="UK;SK"))
    assert sent.url.path.endswith("/status") and sent.headers["Session_key"] == "SK"
    with pytest.raises(StopIteration):
        flow.send(httpx.Response(200))
    assert auth.logins == 1


def test_a_401_logs_in_again_and_resends_once() -> None:
    auth = SmsendAuth(BASE, login=PasswordLogin("me", "pw"), keys=Keys("UK", "OLD"))
    flow = auth.sync_auth_flow(status_request())
    assert next(flow).headers["Session_key"] == "OLD"
    assert flow.send(httpx.Response(401)).url.path.endswith("/login")
    resent = flow.send(httpx.Response(200, text="UK;NEW"))
    assert resent.headers["Session_key"] == "NEW"
    with pytest.raises(StopIteration):
        flow.send(httpx.Response(401))  # a second 401 is the answer: no second re-send
    assert auth.logins == 1


def test_a_401_after_another_call_logged_in_reuses_its_keys() -> None:
    auth = SmsendAuth(BASE, login=PasswordLogin("me", "pw"), keys=Keys("UK", "OLD"))
    flow = auth.sync_auth_flow(status_request())
    next(flow)
    auth.keys = Keys("UK", "FRESH")  # a concurrent call logged in meanwhile
    resent = flow.send(httpx.Response(401))
    assert resent.url.path.endswith("/status") and resent.headers["Session_key"] == "FRESH"
    assert auth.logins == 0


def test_without_a_password_a_401_is_the_answer() -> None:
    flow = SmsendAuth(BASE, keys=Keys("UK", "SK")).sync_auth_flow(status_request())
    next(flow)
    with pytest.raises(StopIteration):
        flow.send(httpx.Response(401))


def test_a_refused_login_raises_invalid_credentials() -> None:
    flow = SmsendAuth(BASE, login=PasswordLogin("me", "pw")).sync_auth_flow(status_request())
    next(flow)
    with pytest.raises(errors.InvalidCredentialsError):
        flow.send(httpx.Response(404))
