"""`charset` names the encoding of the request text and of the reply: text survives in each of the three."""

from __future__ import annotations

from typing import Literal

import pytest
from smsgw_smsc import models
from smsgw_smsc.client import AuthenticatedClient
from smsgw_smsc.overlay import call, errors
from smsgw_smsc.overlay.operations import add_group, get_status, list_groups, send_sms

from .conftest import FORMATS, Emulator, Fmt

Charset = Literal["windows-1251", "utf-8", "koi8-r"]
CHARSETS: tuple[Charset, ...] = ("windows-1251", "utf-8", "koi8-r")
RUSSIAN = "Съешь же ещё этих мягких французских булок"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("charset", CHARSETS)
def test_cyrillic_round_trip(client: AuthenticatedClient, emulator: Emulator, charset: Charset, fmt: Fmt) -> None:
    """Sent in the charset, stored as the same text, read back (as the message and as a group name) intact."""
    text = f"{RUSSIAN} ({charset}, fmt {fmt})"
    sent = call(send_sms, client=client, body=models.SendSmsForm(phones="79991234567", mes=text, charset=charset))
    assert emulator.account().messages[(sent.id, "79991234567")].text == text
    form = models.StatusForm(phone="79991234567", id=sent.id, all_=1, fmt=fmt, charset=charset)
    assert call(get_status, client=client, body=form).message == text
    group_id = call(add_group, client=client, body=models.AddGroupForm(name=text, charset=charset, fmt=fmt))
    groups = call(list_groups, client=client, body=models.ListGroupsForm(charset=charset, fmt=fmt))
    assert [g.name for g in groups if g.id == group_id] == [text]


def test_the_service_default_is_windows_1251(emulator: Emulator, client: AuthenticatedClient) -> None:
    """A form that names no charset is encoded as windows-1251, which is what the service assumes."""
    body = models.SendSmsForm(phones="79991234567", mes=RUSSIAN, fmt=0)
    sent = call(send_sms, client=client, body=body)
    assert emulator.account().messages[(sent.id, "79991234567")].text == RUSSIAN


@pytest.mark.parametrize("charset", ["windows-1251", "koi8-r"])
def test_text_the_charset_cannot_hold_is_refused_before_sending(client: AuthenticatedClient, charset: Charset) -> None:
    """An emoji has no windows-1251 or koi8-r code: a clear error naming the field, nothing sent garbled."""
    body = models.SendSmsForm(phones="79991234567", mes="Hello 👋", charset=charset)
    with pytest.raises(errors.CharsetError, match="'mes'") as raised:
        call(send_sms, client=client, body=body)
    assert "👋" not in str(raised.value)
    assert "utf-8" in str(raised.value)
