"""Client tests of phones.php: contacts, groups, group membership and the blacklist, in every reply format.

The emulator is shared by the whole session, so every test makes its own records, with numbers no other test
uses (the reply format is part of each number, so parametrized cases never share one). phones.php throttles a
fourth identical request within a minute; every test starts in a fresh minute and sends fewer than that.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from smsgw_smsc.client import AuthenticatedClient
from smsgw_smsc.models import (
    AddContactForm,
    AddContactToGroupForm,
    AddGroupForm,
    AddToBlacklistForm,
    BlacklistEntry,
    ChangeContactForm,
    Contact,
    DeleteContactForm,
    DeleteFromBlacklistForm,
    DeleteGroupForm,
    Group,
    ListBlacklistForm,
    ListContactsForm,
    ListGroupsForm,
    MoveContactToGroupForm,
    RemoveContactFromGroupForm,
    RenameGroupForm,
    ReplyOptionsCharset,
    ReplyOptionsFmt,
)
from smsgw_smsc.overlay import Operation, call, connect, errors
from smsgw_smsc.overlay.operations import (
    add_contact,
    add_contact_to_group,
    add_group,
    add_to_blacklist,
    change_contact,
    delete_contact,
    delete_from_blacklist,
    delete_group,
    list_blacklist,
    list_contacts,
    list_groups,
    move_contact_to_group,
    remove_contact_from_group,
    rename_group,
)

from .conftest import FORMATS, POOR_ACCOUNT, Emulator, Fmt

CHARSETS: tuple[ReplyOptionsCharset, ...] = ("utf-8", "windows-1251")
UNKNOWN_GROUP = 999_999_999
_serial = itertools.count(1)


def unique_phone(fmt: Fmt) -> str:
    """A number no other test uses (7901: this file's range), with the reply format in it."""
    return f"7901{fmt}{next(_serial):06d}"


def contacts(
    client: AuthenticatedClient, fmt: ReplyOptionsFmt, charset: ReplyOptionsCharset = "utf-8"
) -> dict[str, Contact]:
    """The account's contacts by phone number, read through list_contacts."""
    found: list[Contact] = call(list_contacts, client=client, body=ListContactsForm(fmt=fmt, charset=charset))
    return {str(contact.phone): contact for contact in found}


def groups(
    client: AuthenticatedClient, fmt: ReplyOptionsFmt, charset: ReplyOptionsCharset = "utf-8"
) -> dict[int, Group]:
    """The account's groups by id, read through list_groups."""
    found: list[Group] = call(list_groups, client=client, body=ListGroupsForm(fmt=fmt, charset=charset))
    return {group.id: group for group in found}


def blacklist(
    client: AuthenticatedClient, fmt: ReplyOptionsFmt, charset: ReplyOptionsCharset = "utf-8"
) -> dict[str, BlacklistEntry]:
    """The account's blacklist entries by phone number, read through list_blacklist."""
    found: list[BlacklistEntry] = call(list_blacklist, client=client, body=ListBlacklistForm(fmt=fmt, charset=charset))
    return {str(entry.phone): entry for entry in found}


def new_group(client: AuthenticatedClient, name: str = "group") -> int:
    group_id: int = call(add_group, client=client, body=AddGroupForm(name=f"{name} {next(_serial)}"))
    return group_id


def new_contact(client: AuthenticatedClient, fmt: Fmt, *group_ids: int, **fields: Any) -> str:
    """A contact with a number of its own, in `group_ids`; returns its number."""
    phone = unique_phone(fmt)
    if group_ids:
        fields["grp"] = ",".join(str(group_id) for group_id in group_ids)
    call(add_contact, client=client, body=AddContactForm(phone=phone, **fields))
    return phone


def poor_client(emulator: Emulator) -> AuthenticatedClient:
    """A client of the second account, which holds no contacts, groups or blacklist entries."""
    return connect(POOR_ACCOUNT.login, POOR_ACCOUNT.password, base_url=emulator.base_url)


# ---- contacts ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("charset", CHARSETS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_add_contact_then_list_it(
    emulator: Emulator, client: AuthenticatedClient, fmt: ReplyOptionsFmt, charset: ReplyOptionsCharset
) -> None:
    """add_contact answers the new contact's id, and list_contacts gives back every field, Cyrillic included."""
    one, two = new_group(client), new_group(client)
    phone = unique_phone(fmt)
    body = AddContactForm(
        phone=phone,
        grp=f"{one},{two}",
        name="Анна Петрова",
        fnm="Анна",
        lnm="Петрова",
        mnm="Сергеевна",
        bd="31.12.1990",
        myid=f"crm-{phone}",
        cmt="Звонить после обеда",
        tags="постоянный клиент",
        pho="79017654321",
        fmt=fmt,
        charset=charset,
    )
    contact_id = call(add_contact, client=client, body=body)
    assert isinstance(contact_id, int)
    assert emulator.account().contacts[phone]["record_id"] == contact_id
    assert contacts(client, fmt, charset)[phone] == Contact(
        phone=phone,
        name="Анна Петрова",
        group=f"{one},{two}",
        first_name="Анна",
        last_name="Петрова",
        middle_name="Сергеевна",
        birthday="31.12.1990",
        id=f"crm-{phone}",
        comments="Звонить после обеда",
        tags="постоянный клиент",
        phone_other="79017654321",
    )


@pytest.mark.parametrize("fmt", FORMATS)
def test_add_contact_with_a_number_in_use_fails(
    emulator: Emulator, client: AuthenticatedClient, fmt: ReplyOptionsFmt
) -> None:
    """A second contact with the same number is error 5, and the first one is left as it was."""
    phone = new_contact(client, fmt, name="First")
    with pytest.raises(errors.OperationFailedError) as failure:
        call(add_contact, client=client, body=AddContactForm(phone=phone, name="Second", fmt=fmt))
    assert failure.value.code == 5
    assert contacts(client, fmt)[phone].name == "First"


@pytest.mark.parametrize("fmt", FORMATS)
def test_add_contact_in_an_unknown_group_fails(client: AuthenticatedClient, fmt: ReplyOptionsFmt) -> None:
    """A group in `grp` that does not exist is error 5, and no contact is created."""
    group_id, phone = new_group(client), unique_phone(fmt)
    with pytest.raises(errors.OperationFailedError) as failure:
        call(add_contact, client=client, body=AddContactForm(phone=phone, grp=f"{group_id},{UNKNOWN_GROUP}", fmt=fmt))
    assert failure.value.code == 5
    assert phone not in contacts(client, fmt)


@pytest.mark.parametrize("charset", CHARSETS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_change_contact(client: AuthenticatedClient, fmt: ReplyOptionsFmt, charset: ReplyOptionsCharset) -> None:
    """change_contact moves the contact to its new number and sets the fields the request names."""
    one, two = new_group(client), new_group(client)
    old_phone, new_phone = unique_phone(fmt), unique_phone(fmt)
    call(add_contact, client=client, body=AddContactForm(phone=old_phone, name="Anna", grp=str(one), tags="vip"))
    body = ChangeContactForm(
        phone=old_phone, new_phone=new_phone, name="Борис", lnm="Иванов", grp=str(two), fmt=fmt, charset=charset
    )
    assert call(change_contact, client=client, body=body) is None
    listed = contacts(client, fmt, charset)
    assert old_phone not in listed
    changed = listed[new_phone]
    assert (changed.name, changed.last_name, changed.group) == ("Борис", "Иванов", str(two))
    assert changed.tags == "vip"  # not named by the change: kept


@pytest.mark.parametrize("fmt", FORMATS)
def test_change_unknown_contact_fails(client: AuthenticatedClient, fmt: ReplyOptionsFmt) -> None:
    """Changing a number that is no contact is error 5, and creates nothing."""
    phone = unique_phone(fmt)
    with pytest.raises(errors.OperationFailedError) as failure:
        call(change_contact, client=client, body=ChangeContactForm(phone=phone, name="Nobody", fmt=fmt))
    assert failure.value.code == 5
    assert phone not in contacts(client, fmt)


@pytest.mark.parametrize("fmt", FORMATS)
def test_delete_contact(emulator: Emulator, client: AuthenticatedClient, fmt: ReplyOptionsFmt) -> None:
    """delete_contact removes the contact; deleting it again is error 5."""
    phone, other = new_contact(client, fmt), new_contact(client, fmt)
    assert call(delete_contact, client=client, body=DeleteContactForm(phone=phone, fmt=fmt)) is None
    listed = contacts(client, fmt)
    assert phone not in listed
    assert other in listed
    assert phone not in emulator.account().contacts
    with pytest.raises(errors.OperationFailedError) as failure:
        call(delete_contact, client=client, body=DeleteContactForm(phone=phone, fmt=fmt))
    assert failure.value.code == 5


@pytest.mark.parametrize("fmt", FORMATS)
def test_lists_of_an_empty_account_are_empty(emulator: Emulator, fmt: ReplyOptionsFmt) -> None:
    """The service answers error 3 ("no records") to a list with nothing in it; the client gives []."""
    poor = emulator.account(POOR_ACCOUNT.login)
    assert (poor.contacts, poor.groups, poor.blacklist) == ({}, {}, {})
    client = poor_client(emulator)
    assert call(list_contacts, client=client, body=ListContactsForm(fmt=fmt)) == []
    assert call(list_groups, client=client, body=ListGroupsForm(fmt=fmt)) == []
    assert call(list_blacklist, client=client, body=ListBlacklistForm(fmt=fmt)) == []


# ---- groups --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("charset", CHARSETS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_add_group_then_list_it(
    emulator: Emulator, client: AuthenticatedClient, fmt: ReplyOptionsFmt, charset: ReplyOptionsCharset
) -> None:
    """add_group answers the new group's id; list_groups shows it with its name, its number and no contacts."""
    name = f"Клиенты {next(_serial)}"
    group_id = call(add_group, client=client, body=AddGroupForm(name=name, fmt=fmt, charset=charset))
    assert isinstance(group_id, int)
    number = emulator.account().groups[group_id]["number"]
    assert groups(client, fmt, charset)[group_id] == Group(id=group_id, name=name, number=number, cnt=0)


@pytest.mark.parametrize("fmt", FORMATS)
def test_list_groups_counts_the_contacts_of_each_group(client: AuthenticatedClient, fmt: ReplyOptionsFmt) -> None:
    """`cnt` is the number of contacts in the group."""
    full, empty = new_group(client), new_group(client)
    new_contact(client, fmt, full)
    new_contact(client, fmt, full)
    listed = groups(client, fmt)
    assert (listed[full].cnt, listed[empty].cnt) == (2, 0)


@pytest.mark.parametrize("charset", CHARSETS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_rename_group(client: AuthenticatedClient, fmt: ReplyOptionsFmt, charset: ReplyOptionsCharset) -> None:
    """rename_group gives the group its new name, under the same id."""
    group_id = new_group(client, "old name")
    new_name = f"Постоянные клиенты {next(_serial)}"
    body = RenameGroupForm(grp=group_id, name=new_name, fmt=fmt, charset=charset)
    assert call(rename_group, client=client, body=body) is None
    assert groups(client, fmt, charset)[group_id].name == new_name


@pytest.mark.parametrize("fmt", FORMATS)
def test_rename_unknown_group_fails(client: AuthenticatedClient, fmt: ReplyOptionsFmt) -> None:
    with pytest.raises(errors.OperationFailedError) as failure:
        call(rename_group, client=client, body=RenameGroupForm(grp=UNKNOWN_GROUP, name="Nobody", fmt=fmt))
    assert failure.value.code == 5
    assert UNKNOWN_GROUP not in groups(client, fmt)


@pytest.mark.parametrize("fmt", FORMATS)
def test_delete_group_keeps_its_contacts(client: AuthenticatedClient, fmt: ReplyOptionsFmt) -> None:
    """delete_group removes the group, not its contacts (which leave it); deleting it again is error 5."""
    doomed, kept = new_group(client), new_group(client)
    phone = new_contact(client, fmt, doomed, kept)
    assert call(delete_group, client=client, body=DeleteGroupForm(grp=doomed, fmt=fmt)) is None
    listed = groups(client, fmt)
    assert doomed not in listed
    assert kept in listed
    assert contacts(client, fmt)[phone].group == str(kept)
    with pytest.raises(errors.OperationFailedError) as failure:
        call(delete_group, client=client, body=DeleteGroupForm(grp=doomed, fmt=fmt))
    assert failure.value.code == 5


# ---- group membership (move_group=1, 2, 3) -------------------------------------------------------------------

MEMBERSHIP: dict[str, tuple[Operation[..., Any], Callable[..., Any]]] = {
    "move": (move_contact_to_group, MoveContactToGroupForm),
    "add": (add_contact_to_group, AddContactToGroupForm),
    "remove": (remove_contact_from_group, RemoveContactFromGroupForm),
}


def membership(client: AuthenticatedClient, action: str, phone: str, group_id: int, fmt: ReplyOptionsFmt) -> Any:
    operation, form = MEMBERSHIP[action]
    return call(operation, client=client, body=form(phone=phone, grp=group_id, fmt=fmt))


@pytest.mark.parametrize("fmt", FORMATS)
def test_move_contact_to_group_takes_it_out_of_its_other_groups(
    client: AuthenticatedClient, fmt: ReplyOptionsFmt
) -> None:
    """move_group=1: the contact ends up in the one group, and the groups it left count it no more."""
    one, two, target = new_group(client), new_group(client), new_group(client)
    phone = new_contact(client, fmt, one, two)
    assert membership(client, "move", phone, target, fmt) is None
    assert contacts(client, fmt)[phone].group == str(target)
    listed = groups(client, fmt)
    assert (listed[one].cnt, listed[two].cnt, listed[target].cnt) == (0, 0, 1)


@pytest.mark.parametrize("fmt", FORMATS)
def test_add_contact_to_group_keeps_its_other_groups(client: AuthenticatedClient, fmt: ReplyOptionsFmt) -> None:
    """move_group=2: the contact joins the group and stays in the ones it was in."""
    one, two = new_group(client), new_group(client)
    phone = new_contact(client, fmt, one)
    assert membership(client, "add", phone, two, fmt) is None
    assert contacts(client, fmt)[phone].group == f"{one},{two}"


@pytest.mark.parametrize("fmt", FORMATS)
def test_remove_contact_from_group_keeps_the_contact(client: AuthenticatedClient, fmt: ReplyOptionsFmt) -> None:
    """move_group=3: the contact leaves that group only, and is still a contact."""
    one, two = new_group(client), new_group(client)
    phone = new_contact(client, fmt, one, two)
    assert membership(client, "remove", phone, one, fmt) is None
    assert contacts(client, fmt)[phone].group == str(two)


@pytest.mark.parametrize("action", MEMBERSHIP)
@pytest.mark.parametrize("fmt", FORMATS)
def test_membership_of_an_unknown_contact_or_group_fails(
    client: AuthenticatedClient, fmt: ReplyOptionsFmt, action: str
) -> None:
    """Each move_group action answers error 5 for a number that is no contact, or a group that does not exist."""
    group_id = new_group(client)
    phone = new_contact(client, fmt, group_id)
    for unknown_phone, unknown_group in ((unique_phone(fmt), group_id), (phone, UNKNOWN_GROUP)):
        with pytest.raises(errors.OperationFailedError) as failure:
            membership(client, action, unknown_phone, unknown_group, fmt)
        assert failure.value.code == 5
    assert contacts(client, fmt)[phone].group == str(group_id)  # untouched


# ---- blacklist -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("charset", CHARSETS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_add_to_blacklist_then_list_it(
    emulator: Emulator, client: AuthenticatedClient, fmt: ReplyOptionsFmt, charset: ReplyOptionsCharset
) -> None:
    """add_to_blacklist answers the entry's id; list_blacklist shows the number, the type and the comment."""
    phone = unique_phone(fmt)
    body = AddToBlacklistForm(phone=phone, type_=2, cmt="Просил не писать", fmt=fmt, charset=charset)
    entry_id = call(add_to_blacklist, client=client, body=body)
    assert isinstance(entry_id, int)
    assert emulator.account().blacklist[entry_id]["phone"] == phone
    expected = BlacklistEntry(id=entry_id, type_=2, phone=phone, comment="Просил не писать")
    assert blacklist(client, fmt, charset)[phone] == expected


@pytest.mark.parametrize("fmt", FORMATS)
def test_blacklist_comment_may_hold_commas(client: AuthenticatedClient, fmt: ReplyOptionsFmt) -> None:
    """The comment is the last field of a blacklist record, so commas in it survive even the text formats."""
    phone = unique_phone(fmt)
    entry_id = call(add_to_blacklist, client=client, body=AddToBlacklistForm(phone=phone, type_=0, cmt="No, never"))
    assert blacklist(client, fmt)[phone] == BlacklistEntry(id=entry_id, type_=0, phone=phone, comment="No, never")


@pytest.mark.parametrize("fmt", FORMATS)
def test_add_a_blacklisted_number_again_fails(
    emulator: Emulator, client: AuthenticatedClient, fmt: ReplyOptionsFmt
) -> None:
    """A number has one blacklist entry: adding it again is error 5 and leaves the entry as it was."""
    phone = unique_phone(fmt)
    call(add_to_blacklist, client=client, body=AddToBlacklistForm(phone=phone, type_=1, cmt="first"))
    with pytest.raises(errors.OperationFailedError) as failure:
        call(add_to_blacklist, client=client, body=AddToBlacklistForm(phone=phone, type_=0, cmt="second", fmt=fmt))
    assert failure.value.code == 5
    entries = [entry for entry in emulator.account().blacklist.values() if entry["phone"] == phone]
    assert [(entry["type"], entry["comment"]) for entry in entries] == [(1, "first")]


@pytest.mark.parametrize("fmt", FORMATS)
def test_delete_from_blacklist(emulator: Emulator, client: AuthenticatedClient, fmt: ReplyOptionsFmt) -> None:
    """delete_from_blacklist removes the number's entry; deleting it again is error 5."""
    phone, other = unique_phone(fmt), unique_phone(fmt)
    for number in (phone, other):
        call(add_to_blacklist, client=client, body=AddToBlacklistForm(phone=number))
    assert call(delete_from_blacklist, client=client, body=DeleteFromBlacklistForm(phone=phone, fmt=fmt)) is None
    assert phone not in [entry["phone"] for entry in emulator.account().blacklist.values()]
    listed = blacklist(client, fmt)
    assert phone not in listed
    assert other in listed
    with pytest.raises(errors.OperationFailedError) as failure:
        call(delete_from_blacklist, client=client, body=DeleteFromBlacklistForm(phone=phone, fmt=fmt))
    assert failure.value.code == 5


@pytest.mark.parametrize("name", ["Anna\n", "Anna\nSmith", "Anna\r"])
def test_a_line_break_in_a_name_is_error_1(emulator: Emulator, name: str) -> None:
    """Names are one line (the list replies put one record per line): a line break anywhere, also at the end,
    where a Python `$` would have let it through, is a parameter error, and nothing is stored."""
    url = f"{emulator.base_url}/sys/phones.php"
    form = {"login": "demo", "psw": "demo-password", "add": "1", "phone": "79990007788", "name": name, "fmt": "3"}
    assert httpx.post(url, data=form).json()["error_code"] == 1
    assert "79990007788" not in emulator.account().contacts
