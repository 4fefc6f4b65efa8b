"""Client tests of senders.php: sender names, and confirming a phone-number name with its code, in every format.

A new sender name starts unapproved (list_senders lists it with all=1 only). A phone-number name is approved by
send_sender_code and then check_sender_code with the code; the emulator keeps that code in the sender's record,
where these tests read it, as the emulator documents (the "SMS" that carries it goes nowhere a client can read).
Every test adds names of its own, with the reply format in them, so parametrized cases never share one.
"""

from __future__ import annotations

import itertools

import pytest
from smsgw_smsc.client import AuthenticatedClient
from smsgw_smsc.models import (
    AddSenderForm,
    ChangeSenderForm,
    CheckSenderCodeForm,
    DeleteSenderForm,
    ListSendersForm,
    ReplyOptionsCharset,
    ReplyOptionsFmt,
    Sender,
    SendSenderCodeForm,
)
from smsgw_smsc.overlay import call, connect, errors
from smsgw_smsc.overlay.operations import (
    add_sender,
    change_sender,
    check_sender_code,
    delete_sender,
    list_senders,
    send_sender_code,
)
from smsgw_smsc.types import UNSET

from .conftest import FORMATS, POOR_ACCOUNT, Emulator, Fmt

CHARSETS: tuple[ReplyOptionsCharset, ...] = ("utf-8", "windows-1251")
UNKNOWN_SENDER = 999_999_999
_serial = itertools.count(1)


def unique_name(fmt: Fmt) -> str:
    """A Cyrillic sender name no other test uses (at most 11 characters)."""
    return f"Цветы{fmt}{next(_serial):05d}"


def unique_phone(fmt: Fmt) -> str:
    """A phone-number sender name no other test uses (7903: this file's range)."""
    return f"7903{fmt}{next(_serial):06d}"


def senders(
    client: AuthenticatedClient, fmt: ReplyOptionsFmt, *, every: bool, charset: ReplyOptionsCharset = "utf-8"
) -> dict[int, Sender]:
    """The account's sender names by id: every one, or (`every=False`) the approved ones only."""
    body = ListSendersForm(all_=1 if every else 0, fmt=fmt, charset=charset)
    found: list[Sender] = call(list_senders, client=client, body=body)
    return {sender.id: sender for sender in found}


def new_sender(client: AuthenticatedClient, name: str, comment: str = "") -> int:
    sender_id: int = call(add_sender, client=client, body=AddSenderForm(sender=name, cmt=comment or UNSET))
    return sender_id


def code_of(emulator: Emulator, sender_id: int) -> str:
    """The confirmation code send_sender_code "sent", as the emulator keeps it."""
    code: str = emulator.account().senders[sender_id]["code"]
    return code


@pytest.mark.parametrize("charset", CHARSETS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_add_sender_then_list_it(
    client: AuthenticatedClient, fmt: ReplyOptionsFmt, charset: ReplyOptionsCharset
) -> None:
    """add_sender answers the new name's id; list_senders with all=1 shows it, name and comment intact."""
    name = unique_name(fmt)
    body = AddSenderForm(sender=name, cmt="Магазин цветов", fmt=fmt, charset=charset)
    sender_id = call(add_sender, client=client, body=body)
    assert isinstance(sender_id, int)
    assert senders(client, fmt, every=True, charset=charset)[sender_id] == Sender(
        id=sender_id, sender=name, cmt="Магазин цветов"
    )
    assert sender_id not in senders(client, fmt, every=False, charset=charset)  # not approved yet


@pytest.mark.parametrize("fmt", FORMATS)
def test_sender_without_a_comment_is_listed(client: AuthenticatedClient, fmt: ReplyOptionsFmt) -> None:
    """The comment is optional in every layout: a name added without one is listed without one."""
    name = unique_name(fmt)
    sender_id = new_sender(client, name)
    listed = senders(client, fmt, every=True)[sender_id]
    assert (listed.sender, listed.cmt) == (name, UNSET)


@pytest.mark.parametrize("fmt", FORMATS)
def test_add_existing_sender_fails(client: AuthenticatedClient, fmt: ReplyOptionsFmt) -> None:
    """A name the account has already is error 5, and is not added twice."""
    name = unique_name(fmt)
    new_sender(client, name, "first")
    with pytest.raises(errors.OperationFailedError) as failure:
        call(add_sender, client=client, body=AddSenderForm(sender=name, cmt="second", fmt=fmt))
    assert failure.value.code == 5
    assert [sender.cmt for sender in senders(client, 3, every=True).values() if sender.sender == name] == ["first"]


@pytest.mark.parametrize("charset", CHARSETS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_change_sender_comment(client: AuthenticatedClient, fmt: ReplyOptionsFmt, charset: ReplyOptionsCharset) -> None:
    """change_sender sets the comment; an empty comment clears it."""
    name = unique_name(fmt)
    sender_id = new_sender(client, name, "old")
    body = ChangeSenderForm(id=sender_id, cmt="Новый комментарий", fmt=fmt, charset=charset)
    assert call(change_sender, client=client, body=body) is None
    assert senders(client, fmt, every=True, charset=charset)[sender_id].cmt == "Новый комментарий"
    assert call(change_sender, client=client, body=ChangeSenderForm(id=sender_id, cmt="", fmt=fmt)) is None
    cleared = senders(client, fmt, every=True)[sender_id]
    assert (cleared.sender, cleared.cmt) == (name, UNSET)


@pytest.mark.parametrize("fmt", FORMATS)
def test_change_unknown_sender_fails(client: AuthenticatedClient, fmt: ReplyOptionsFmt) -> None:
    with pytest.raises(errors.OperationFailedError) as failure:
        call(change_sender, client=client, body=ChangeSenderForm(id=UNKNOWN_SENDER, cmt="nobody", fmt=fmt))
    assert failure.value.code == 5


@pytest.mark.parametrize("fmt", FORMATS)
def test_phone_sender_is_approved_with_the_code_sent_to_it(
    emulator: Emulator, client: AuthenticatedClient, fmt: ReplyOptionsFmt
) -> None:
    """send_sender_code sends a code (again the same while it is pending); a wrong code is error 5; the right
    one approves the name, which list_senders then lists among the approved names, and is used up."""
    phone = unique_phone(fmt)
    sender_id = new_sender(client, phone)
    assert sender_id not in senders(client, fmt, every=False)

    assert call(send_sender_code, client=client, body=SendSenderCodeForm(sender=phone, fmt=fmt)) is None
    code = code_of(emulator, sender_id)
    assert call(send_sender_code, client=client, body=SendSenderCodeForm(sender=f"+{phone}", fmt=fmt)) is None
    assert code_of(emulator, sender_id) == code

    wrong = "000000" if code != "000000" else "111111"
    with pytest.raises(errors.OperationFailedError) as failure:
        call(check_sender_code, client=client, body=CheckSenderCodeForm(sender=phone, code=wrong, fmt=fmt))
    assert failure.value.code == 5
    assert emulator.account().senders[sender_id]["approved"] is False

    assert call(check_sender_code, client=client, body=CheckSenderCodeForm(sender=phone, code=code, fmt=fmt)) is None
    assert senders(client, fmt, every=False)[sender_id] == Sender(id=sender_id, sender=phone)
    with pytest.raises(errors.OperationFailedError) as failure:
        call(check_sender_code, client=client, body=CheckSenderCodeForm(sender=phone, code=code, fmt=fmt))
    assert failure.value.code == 5


@pytest.mark.parametrize("fmt", FORMATS)
def test_code_actions_for_an_unknown_sender_fail(client: AuthenticatedClient, fmt: ReplyOptionsFmt) -> None:
    """A number that is no sender name of the account gets no code, and no code confirms it: error 5."""
    phone = unique_phone(fmt)
    with pytest.raises(errors.OperationFailedError) as failure:
        call(send_sender_code, client=client, body=SendSenderCodeForm(sender=phone, fmt=fmt))
    assert failure.value.code == 5
    with pytest.raises(errors.OperationFailedError) as failure:
        call(check_sender_code, client=client, body=CheckSenderCodeForm(sender=phone, code="123456", fmt=fmt))
    assert failure.value.code == 5


@pytest.mark.parametrize("fmt", FORMATS)
def test_delete_sender(emulator: Emulator, client: AuthenticatedClient, fmt: ReplyOptionsFmt) -> None:
    """delete_sender removes the name; deleting it again is error 5."""
    doomed, kept = new_sender(client, unique_name(fmt)), new_sender(client, unique_name(fmt))
    assert call(delete_sender, client=client, body=DeleteSenderForm(id=doomed, fmt=fmt)) is None
    listed = senders(client, fmt, every=True)
    assert doomed not in listed
    assert kept in listed
    assert doomed not in emulator.account().senders
    with pytest.raises(errors.OperationFailedError) as failure:
        call(delete_sender, client=client, body=DeleteSenderForm(id=doomed, fmt=fmt))
    assert failure.value.code == 5


@pytest.mark.parametrize("fmt", FORMATS)
def test_list_senders_of_an_account_without_any_is_empty(emulator: Emulator, fmt: ReplyOptionsFmt) -> None:
    """No sender names at all is error 3 ("no records"); the client gives []."""
    assert emulator.account(POOR_ACCOUNT.login).senders == {}
    poor = connect(POOR_ACCOUNT.login, POOR_ACCOUNT.password, base_url=emulator.base_url)
    assert call(list_senders, client=poor, body=ListSendersForm(all_=1, fmt=fmt)) == []
