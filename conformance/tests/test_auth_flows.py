"""Every API's httpx auth flow driven directly, sync and async, as httpx's own auth tests do: what each flow
sends for each answer. (smSend's login flow has its own, fuller file: smsend/test_auth_flow.py.)"""

from __future__ import annotations

import asyncio
import base64
from collections.abc import AsyncGenerator, Generator
from urllib.parse import parse_qsl

import httpx
import pytest
from smsgw_smsc.overlay import ApiKey, Password, SmscAuth
from smsgw_smsend.overlay import Keys, PasswordLogin, SmsendAuth
from smsgw_whatcounts.overlay.auth import ApiClient, WhatCountsAuth

SMSC = "https://smsc.invalid/sys/balance.php"
SMSEND = "https://gateway.invalid/API/v1.0/REST"
WHATCOUNTS = "https://whatcounts.invalid/rest/sms"


def snapshot(request: httpx.Request) -> httpx.Request:
    """The request as it was sent: a flow may change and re-send the same object."""
    return httpx.Request(request.method, request.url, headers=request.headers.copy(), content=request.read())


def drive_sync(
    flow: Generator[httpx.Request, httpx.Response, None], answers: list[httpx.Response]
) -> list[httpx.Request]:
    """Every request the flow yields, answering each with the next of `answers`, until the flow ends."""
    sent = [snapshot(next(flow))]
    for answer in answers:
        try:
            sent.append(snapshot(flow.send(answer)))
        except StopIteration:
            return sent
    raise AssertionError(f"the flow sent {len(sent)} requests and wants more answers")


def drive_async(
    flow: AsyncGenerator[httpx.Request, httpx.Response], answers: list[httpx.Response]
) -> list[httpx.Request]:
    async def run() -> list[httpx.Request]:
        sent = [snapshot(await flow.__anext__())]
        for answer in answers:
            try:
                sent.append(snapshot(await flow.asend(answer)))
            except StopAsyncIteration:
                return sent
        raise AssertionError(f"the flow sent {len(sent)} requests and wants more answers")

    return asyncio.run(run())


def drive(auth: httpx.Auth, request: httpx.Request, answers: list[httpx.Response], mode: str) -> list[httpx.Request]:
    if mode == "sync":
        return drive_sync(auth.sync_auth_flow(request), answers)
    return drive_async(auth.async_auth_flow(request), answers)


MODES = ["sync", "async"]


def smsc_form(**fields: str) -> httpx.Request:
    return httpx.Request("POST", SMSC, data={"fmt": "3", **fields})


@pytest.mark.parametrize("mode", MODES)
def test_smsc_puts_the_password_in_the_form_body_never_the_url(mode: str) -> None:
    (sent,) = drive(SmscAuth(Password("me", "pw")), smsc_form(), [httpx.Response(200)], mode)
    form = dict(parse_qsl(sent.read().decode()))
    assert (form["login"], form["psw"], form["fmt"]) == ("me", "pw", "3")
    assert "pw" not in str(sent.url) and sent.headers["content-type"] == "application/x-www-form-urlencoded"


@pytest.mark.parametrize("mode", MODES)
def test_smsc_sends_an_md5_of_the_password_or_an_api_key_instead(mode: str) -> None:
    (hashed,) = drive(SmscAuth(Password("me", "pw", send_md5=True)), smsc_form(), [httpx.Response(200)], mode)
    assert dict(parse_qsl(hashed.read().decode()))["psw"] == "8fe4c11451281c094a6578e6ddbf5eed"
    (keyed,) = drive(SmscAuth(ApiKey("K3Y")), smsc_form(), [httpx.Response(200)], mode)
    form = dict(parse_qsl(keyed.read().decode()))
    assert form["apikey"] == "K3Y" and "login" not in form and "psw" not in form


@pytest.mark.parametrize("mode", MODES)
def test_smsc_replaces_credentials_a_caller_put_in_the_form(mode: str) -> None:
    (sent,) = drive(SmscAuth(ApiKey("K3Y")), smsc_form(psw="stray", login="x"), [httpx.Response(200)], mode)
    assert dict(parse_qsl(sent.read().decode())) == {"fmt": "3", "apikey": "K3Y"}


@pytest.mark.parametrize("mode", MODES)
def test_smsc_encodes_the_form_in_the_charset_it_names(mode: str) -> None:
    request = smsc_form(charset="windows-1251", mes="Привет")
    (sent,) = drive(SmscAuth(Password("me", "pw")), request, [httpx.Response(200)], mode)
    assert "Привет".encode("cp1251") in b"".join(
        value.encode("latin-1") for _, value in parse_qsl(sent.read().decode("ascii"), encoding="latin-1")
    )


@pytest.mark.parametrize("mode", MODES)
def test_smsc_refuses_to_put_credentials_on_a_get(mode: str) -> None:
    with pytest.raises(ValueError, match="POST forms"):
        drive(SmscAuth(Password("me", "pw")), httpx.Request("GET", SMSC), [], mode)


@pytest.mark.parametrize("mode", MODES)
def test_whatcounts_sends_basic_realm_and_password_and_nothing_else_by_default(mode: str) -> None:
    (sent,) = drive(WhatCountsAuth("acme", "pw"), httpx.Request("GET", WHATCOUNTS), [httpx.Response(200)], mode)
    assert sent.headers["authorization"] == "Basic " + base64.b64encode(b"acme:pw").decode()
    assert "x-api-key" not in sent.headers


@pytest.mark.parametrize("mode", MODES)
def test_whatcounts_adds_the_named_api_clients_key(mode: str) -> None:
    auth = WhatCountsAuth("acme", "pw", api_client=ApiClient("crm", "crm-auth"))
    (sent,) = drive(auth, httpx.Request("GET", WHATCOUNTS), [httpx.Response(200)], mode)
    assert sent.headers["x-api-key"] == base64.b64encode(b"crm:crm-auth").decode()
    assert "crm-auth" not in repr(auth) and "pw" not in repr(auth)


@pytest.mark.parametrize("mode", MODES)
def test_whatcounts_does_not_resend_after_a_401(mode: str) -> None:
    # Basic auth has nothing to renew: a 401 is the answer (InvalidCredentialsError upstream), not a retry.
    sent = drive(WhatCountsAuth("acme", "pw"), httpx.Request("GET", WHATCOUNTS), [httpx.Response(401)], mode)
    assert len(sent) == 1


@pytest.mark.parametrize("mode", MODES)
def test_smsend_logs_in_then_sends_with_the_new_keys(mode: str) -> None:
    auth = SmsendAuth(SMSEND, login=PasswordLogin("me", "pw"))
    login, sent = drive(
        auth, httpx.Request("GET", f"{SMSEND}/status"), [httpx.Response(200, text="UK;SK"), httpx.Response(200)], mode
    )
    assert login.url.path.endswith("/login") and (sent.headers["user_key"], sent.headers["Session_key"]) == ("UK", "SK")
    assert auth.logins == 1


@pytest.mark.parametrize("mode", MODES)
def test_smsend_renews_an_expired_session_once_and_no_more(mode: str) -> None:
    auth = SmsendAuth(SMSEND, login=PasswordLogin("me", "pw"), keys=Keys("UK", "OLD"))
    answers = [httpx.Response(401), httpx.Response(200, text="UK;NEW"), httpx.Response(401)]
    first, login, resent = drive(auth, httpx.Request("GET", f"{SMSEND}/status"), answers, mode)
    assert first.headers["Session_key"] == "OLD" and login.url.path.endswith("/login")
    assert resent.headers["Session_key"] == "NEW"  # and the second 401 ends the flow: one re-send only
