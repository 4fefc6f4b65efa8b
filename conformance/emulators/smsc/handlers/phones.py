"""phones.php: contacts, contact groups, group membership and the blacklist.

State: `account.contacts[phone]` holds a contact's listed fields (named as `list_contacts` names them, `id` being
the client's `myid`), its own `record_id` (the id `add_contact` answers) and `groups`, the ids of its groups;
`account.groups[id]` is `{"id", "name", "number"}` with `number` = `id` (`G<number>` in send.php), `cnt` being
counted when listed; `account.blacklist[id]` is `{"id", "phone", "type", "comment"}`. Phones are stored
normalised (digits only). Every action answers error 9 to a fourth identical request within a minute, as
documented for phones.php.
"""

from __future__ import annotations

from typing import Any

from ..numbers import normalise
from ..protocol import OK, Reply, SmscError
from ..state import AccountState, Store
from . import SmscCall, operation
from .common import no_records, throttle

IDENTICAL_PER_MINUTE = 3  # "more than three identical requests per minute": error 9
# Form field -> the contact field it sets (named as list_contacts names it).
CONTACT_FIELDS = {
    "name": "name",
    "fnm": "first_name",
    "lnm": "last_name",
    "mnm": "middle_name",
    "bd": "birthday",
    "myid": "id",
    "cmt": "comments",
    "tags": "tags",
    "pho": "phone_other",
}
# The fields of a listed contact, in the documented order (`phone` is the key, `group` is built from `groups`).
LISTED = (
    "phone",
    "name",
    "group",
    "first_name",
    "last_name",
    "middle_name",
    "birthday",
    "id",
    "comments",
    "tags",
    "phone_other",
)


def _contact(account: AccountState, phone: str) -> dict[str, Any]:
    contact = account.contacts.get(normalise(phone))
    if contact is None:
        raise SmscError(5, "contact not found")
    return contact


def _group(account: AccountState, group_id: int) -> dict[str, Any]:
    group = account.groups.get(group_id)
    if group is None:
        raise SmscError(5, "group not found")
    return group


def _group_ids(account: AccountState, grp: str) -> list[int]:
    """The ids of `grp` ("1,2"); error 5 when one of the groups does not exist."""
    ids = list(dict.fromkeys(int(part) for part in grp.split(",")))
    for group_id in ids:
        _group(account, group_id)
    return ids


def _fields(call: SmscCall) -> dict[str, Any]:
    """The contact fields the request sets, groups included (checked before anything changes)."""
    fields: dict[str, Any] = {field: call.values[name] for name, field in CONTACT_FIELDS.items() if name in call.values}
    if "grp" in call.values:
        fields["groups"] = _group_ids(call.account, call.values["grp"])
    return fields


def _listed(phone: str, contact: dict[str, Any]) -> dict[str, Any]:
    record = {key: contact.get(key, "") for key in LISTED}  # text layouts need every field: "" when unset
    record |= {"phone": phone, "group": ",".join(str(group_id) for group_id in contact["groups"])}
    return record


@operation("add_contact")
def add_contact(store: Store, call: SmscCall) -> Reply:
    throttle(store, call, "phones", IDENTICAL_PER_MINUTE)
    account, phone = call.account, normalise(call.values["phone"])
    if phone in account.contacts:
        raise SmscError(5, "contact already exists")
    record_id = account.new_record_id()
    account.contacts[phone] = {"record_id": record_id, "groups": []} | _fields(call)
    return Reply({"id": record_id})


@operation("change_contact")
def change_contact(store: Store, call: SmscCall) -> Reply:
    throttle(store, call, "phones", IDENTICAL_PER_MINUTE)
    account, phone = call.account, normalise(call.values["phone"])
    contact = _contact(account, phone)
    fields = _fields(call)
    new_phone = normalise(call.get("new_phone", phone))
    if new_phone != phone:
        if new_phone in account.contacts:
            raise SmscError(5, "a contact with the new number exists")
        account.contacts[new_phone] = account.contacts.pop(phone)
    contact.update(fields)  # fields absent from the request keep their values
    return Reply(OK)


@operation("delete_contact")
def delete_contact(store: Store, call: SmscCall) -> Reply:
    throttle(store, call, "phones", IDENTICAL_PER_MINUTE)
    phone = normalise(call.values["phone"])
    _contact(call.account, phone)
    del call.account.contacts[phone]
    return Reply(OK)


@operation("list_contacts")
def list_contacts(store: Store, call: SmscCall) -> Reply:
    throttle(store, call, "phones", IDENTICAL_PER_MINUTE)
    records = [_listed(phone, contact) for phone, contact in call.account.contacts.items()]
    if not records:
        raise no_records()
    return Reply(records)


@operation("add_group")
def add_group(store: Store, call: SmscCall) -> Reply:
    throttle(store, call, "phones", IDENTICAL_PER_MINUTE)
    group_id = call.account.new_record_id()
    # Names need not be unique (the id is the key), so creating a group cannot fail here.
    call.account.groups[group_id] = {"id": group_id, "name": call.values["name"], "number": group_id}
    return Reply({"id": group_id})


@operation("rename_group")
def rename_group(store: Store, call: SmscCall) -> Reply:
    throttle(store, call, "phones", IDENTICAL_PER_MINUTE)
    _group(call.account, call.values["grp"])["name"] = call.values["name"]
    return Reply(OK)


@operation("delete_group")
def delete_group(store: Store, call: SmscCall) -> Reply:
    throttle(store, call, "phones", IDENTICAL_PER_MINUTE)
    group_id = call.values["grp"]
    _group(call.account, group_id)
    del call.account.groups[group_id]
    for contact in call.account.contacts.values():  # the contacts stay, outside the deleted group
        contact["groups"] = [gid for gid in contact["groups"] if gid != group_id]
    return Reply(OK)


@operation("list_groups")
def list_groups(store: Store, call: SmscCall) -> Reply:
    throttle(store, call, "phones", IDENTICAL_PER_MINUTE)
    contacts = call.account.contacts.values()
    records = [
        {**group, "cnt": sum(group_id in contact["groups"] for contact in contacts)}
        for group_id, group in call.account.groups.items()
    ]
    if not records:
        raise no_records()
    return Reply(records)


def _membership(call: SmscCall) -> tuple[dict[str, Any], int]:
    """The contact and the group id a move_group action names; error 5 when either does not exist."""
    contact = _contact(call.account, call.values["phone"])
    _group(call.account, call.values["grp"])
    return contact, call.values["grp"]


@operation("move_contact_to_group")
def move_contact_to_group(store: Store, call: SmscCall) -> Reply:
    throttle(store, call, "phones", IDENTICAL_PER_MINUTE)
    contact, group_id = _membership(call)
    contact["groups"] = [group_id]  # "move": out of every other group (the spec's reading)
    return Reply(OK)


@operation("add_contact_to_group")
def add_contact_to_group(store: Store, call: SmscCall) -> Reply:
    throttle(store, call, "phones", IDENTICAL_PER_MINUTE)
    contact, group_id = _membership(call)
    if group_id not in contact["groups"]:  # already a member: nothing to do, and not an error
        contact["groups"].append(group_id)
    return Reply(OK)


@operation("remove_contact_from_group")
def remove_contact_from_group(store: Store, call: SmscCall) -> Reply:
    throttle(store, call, "phones", IDENTICAL_PER_MINUTE)
    contact, group_id = _membership(call)
    # Not a member: the contact is out of the group as asked, so this is not an error either.
    contact["groups"] = [gid for gid in contact["groups"] if gid != group_id]
    return Reply(OK)


def _blacklisted(account: AccountState, phone: str) -> int | None:
    """The id of the blacklist entry of `phone`, if there is one."""
    return next((entry_id for entry_id, e in account.blacklist.items() if e["phone"] == normalise(phone)), None)


@operation("add_to_blacklist")
def add_to_blacklist(store: Store, call: SmscCall) -> Reply:
    throttle(store, call, "phones", IDENTICAL_PER_MINUTE)
    account = call.account
    if _blacklisted(account, call.values["phone"]) is not None:
        raise SmscError(5, "number already blacklisted")
    entry_id = account.new_record_id()
    account.blacklist[entry_id] = {
        "id": entry_id,
        "phone": normalise(call.values["phone"]),
        "type": call.get("type", 0),  # 0 blocks every message
        "comment": call.get("cmt", ""),
    }
    return Reply({"id": entry_id})


@operation("delete_from_blacklist")
def delete_from_blacklist(store: Store, call: SmscCall) -> Reply:
    throttle(store, call, "phones", IDENTICAL_PER_MINUTE)
    entry_id = _blacklisted(call.account, call.values["phone"])
    if entry_id is None:
        raise SmscError(5, "number not blacklisted")
    del call.account.blacklist[entry_id]
    return Reply(OK)


@operation("list_blacklist")
def list_blacklist(store: Store, call: SmscCall) -> Reply:
    throttle(store, call, "phones", IDENTICAL_PER_MINUTE)
    records = [
        {key: entry[key] for key in ("id", "phone", "type", "comment")} for entry in call.account.blacklist.values()
    ]
    if not records:
        raise no_records()
    return Reply(records)
