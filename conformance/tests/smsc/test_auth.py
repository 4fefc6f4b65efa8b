"""Credentials: login + password, its MD5, an API key; wrong ones are error 2, and every action needs them.

Error 2 arrives in an HTTP 200 body, so these tests also prove the other side: valid credentials are accepted
by every action (no error 2), and the overlay never puts them in the URL.
"""

from __future__ import annotations

import hashlib
from urllib.parse import parse_qsl

import httpx
import pytest
from smsgw_smsc import models
from smsgw_smsc.client import AuthenticatedClient
from smsgw_smsc.overlay import call, connect, connect_with_apikey, errors
from smsgw_smsc.overlay.operations import get_balance

from conformance.emulators.smsc import DEMO_ACCOUNT, SPEC
from conformance.emulators.smsc.actions import load_actions

from .conftest import FORMATS, Emulator, Fmt

ACTIONS = [action for actions in load_actions(SPEC).values() for action in actions]


def balance_with(client: AuthenticatedClient, fmt: Fmt = 3) -> object:
    return call(get_balance, client=client, body=models.BalanceForm(fmt=fmt))


def test_password(client: AuthenticatedClient) -> None:
    assert balance_with(client) is not None


def test_md5_of_the_password(emulator: Emulator) -> None:
    client = connect(DEMO_ACCOUNT.login, DEMO_ACCOUNT.password, md5=True, base_url=emulator.base_url)
    assert balance_with(client) is not None


def test_apikey(apikey_client: AuthenticatedClient) -> None:
    assert balance_with(apikey_client) is not None


@pytest.mark.parametrize("fmt", FORMATS)
def test_wrong_password_is_error_2(emulator: Emulator, fmt: Fmt) -> None:
    client = connect(DEMO_ACCOUNT.login, "wrong", base_url=emulator.base_url)
    with pytest.raises(errors.AuthorisationError) as raised:
        balance_with(client, fmt)
    assert raised.value.code == 2
    assert "wrong" not in str(raised.value)


def test_wrong_apikey_is_error_2(emulator: Emulator) -> None:
    with pytest.raises(errors.AuthorisationError):
        balance_with(connect_with_apikey("not-a-key", base_url=emulator.base_url))


def test_credentials_travel_in_the_body_not_the_url(emulator: Emulator) -> None:
    seen: list[httpx.Request] = []
    client = connect(DEMO_ACCOUNT.login, DEMO_ACCOUNT.password, base_url=emulator.base_url)
    client.get_httpx_client().event_hooks["request"].append(seen.append)
    balance_with(client)
    (request,) = seen
    assert "psw" not in str(request.url) and DEMO_ACCOUNT.password not in str(request.url)
    form = dict(parse_qsl(request.content.decode("ascii")))
    assert (form["login"], form["psw"]) == (DEMO_ACCOUNT.login, DEMO_ACCOUNT.password)


@pytest.mark.parametrize("action", ACTIONS, ids=[a.operation_id for a in ACTIONS])
def test_every_action_needs_credentials(emulator: Emulator, action: object) -> None:
    """Without credentials every action answers error 2; with them, never error 2 (whatever else it says)."""
    flags = dict(action.selectors)  # type: ignore[attr-defined]
    url = f"{emulator.base_url}/sys/{action.command}.php"  # type: ignore[attr-defined]
    anonymous = httpx.post(url, data={**flags, "fmt": "3"})
    assert anonymous.json()["error_code"] == 2
    emulator.next_minute()
    password = hashlib.md5(DEMO_ACCOUNT.password.encode()).hexdigest()
    # utf-8: the account's data may hold Cyrillic that other tests stored, and fmt 3 is cp1251 by default.
    form = {**flags, "fmt": "3", "charset": "utf-8", "login": DEMO_ACCOUNT.login, "psw": password}
    signed = httpx.post(url, data=form)
    reply = signed.json()
    assert not (isinstance(reply, dict) and reply.get("error_code") == 2)


def test_get_works_like_post(emulator: Emulator) -> None:
    """The service takes GET with the same parameters; the emulator too (the spec models POST)."""
    params = {"login": DEMO_ACCOUNT.login, "psw": DEMO_ACCOUNT.password, "fmt": "3"}
    got = httpx.get(f"{emulator.base_url}/sys/balance.php", params=params).json()
    posted = httpx.post(f"{emulator.base_url}/sys/balance.php", data=params).json()
    assert got == posted and "balance" in got


def test_repeated_errors_block_the_ip(emulator: Emulator) -> None:
    """Error 4: after 30 error replies within a minute the IP is blocked for a minute, even for valid requests."""
    url = f"{emulator.base_url}/sys/balance.php"
    for _ in range(30):
        assert httpx.post(url, data={"login": "demo", "psw": "bad", "fmt": "3"}).json()["error_code"] == 2
    good = {"login": DEMO_ACCOUNT.login, "psw": DEMO_ACCOUNT.password, "fmt": "3"}
    assert httpx.post(url, data=good).json()["error_code"] == 4
    emulator.next_minute()
    assert "balance" in httpx.post(url, data=good).json()
