"""The SMSC checks judge the request as it went on the wire, not the generated values before encoding."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from conformance.schemathesis_hooks.smsc import sent_form


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
