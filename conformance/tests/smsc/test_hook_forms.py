"""The SMSC checks judge the request as it went on the wire, not the generated values before encoding; the
credentials go in the form body."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from schemathesis.core import NOT_SET

from conformance.schemathesis_hooks.smsc import (
    credentials,
    has_generated_credentials,
    sent_form,
    wire_form,
    with_credentials,
)


def test_the_sent_form_is_read_from_the_request_in_its_charset() -> None:
    # "é" cannot be sent in windows-1251 as itself: the serializer sent `?`, and the service reads `?`.
    request = SimpleNamespace(
        url="http://smsc.invalid/sys/status.php?login=demo&x=1", body=b"phone=%2B7999&mes=%3F&x=2"
    )
    form = sent_form(SimpleNamespace(request=request), case=Any)  # type: ignore[arg-type]
    assert form == {"login": "demo", "x": "2", "phone": "+7999", "mes": "?"}


def test_a_utf8_form_is_decoded_as_utf8() -> None:
    request = SimpleNamespace(url="http://smsc.invalid/sys/send.php", body=b"charset=utf-8&mes=%D0%9F")
    assert sent_form(SimpleNamespace(request=request), case=Any)["mes"] == "П"  # type: ignore[arg-type]


CREDENTIALS = {"login": "demo", "psw": "demo-password"}


def test_the_credentials_go_in_the_form_body_whatever_body_was_generated() -> None:
    assert with_credentials({"fmt": 3}, CREDENTIALS) == {"login": "demo", "psw": "demo-password", "fmt": 3}
    assert with_credentials(None, CREDENTIALS) == CREDENTIALS
    assert with_credentials(NOT_SET, CREDENTIALS) == CREDENTIALS
    # A negative case's non-form body keeps its text; the credentials follow it as fields of their own.
    assert with_credentials("[1, 2]", CREDENTIALS) == "[1, 2]&login=demo&psw=demo-password"
    assert with_credentials(b"\xff", {"apikey": "k &="}) == b"\xff&apikey=k+%26%3D"


def test_generated_fields_named_like_credentials_win_over_them() -> None:
    assert with_credentials({"psw": "generated"}, CREDENTIALS)["psw"] == "generated"


def test_the_valid_request_check_tells_the_runs_credentials_from_generated_ones(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("SMSC_LOGIN", "SMSC_PASSWORD", "SMSC_APIKEY"):
        monkeypatch.delenv(name, raising=False)
    own = SimpleNamespace(body=with_credentials({"fmt": 3}, credentials()))
    generated = SimpleNamespace(body=with_credentials({"psw": "x"}, credentials()))
    extra_apikey = SimpleNamespace(body=with_credentials({"apikey": "x"}, credentials()))
    assert not has_generated_credentials(own)  # type: ignore[arg-type]
    assert has_generated_credentials(generated)  # type: ignore[arg-type]
    assert has_generated_credentials(extra_apikey)  # type: ignore[arg-type]


def test_the_sent_form_reads_credentials_from_the_body() -> None:
    request = SimpleNamespace(url="http://smsc.invalid/sys/balance.php", body=b"login=demo&psw=demo-password&fmt=3")
    form = sent_form(SimpleNamespace(request=request), case=Any)  # type: ignore[arg-type]
    assert form == {"login": "demo", "psw": "demo-password", "fmt": "3"}


def test_a_get_requests_body_goes_unread() -> None:
    """As by the service (PHP reads a form only from a POST): an undeclared-method probe's credentials too."""
    request = SimpleNamespace(method="GET", url="http://smsc.invalid/sys/balance.php?fmt=1", body=b"login=demo&fmt=3")
    assert sent_form(SimpleNamespace(request=request), case=Any) == {"fmt": "1"}  # type: ignore[arg-type]
    case = SimpleNamespace(method="GET", query={"fmt": 1}, body={"login": "demo", "fmt": 3})
    assert wire_form(case) == {"fmt": "1"}  # type: ignore[arg-type]
