"""Contacts groups API: create, modify, delete and list groups; add and remove their contacts."""

from __future__ import annotations

from typing import Any

from emulator_models import smsend as models
from starlette.responses import Response

from ...core import Call, empty, json_body
from ..state import AccountState, Store
from . import operation
from .common import find_contact, find_group, forget_contact, paged, resource_path, resource_url


def group_fields(body: models.GroupRequest) -> dict[str, Any]:
    """Name and description from the body. The docs do not say what makes a name invalid, nor that names are
    unique: any name the schema accepts (non-empty) is taken, duplicates included."""
    return {"name": body.name, "description": body.description}


def put_group(account: AccountState, group_id: int, name: str, description: str) -> None:
    """Store a new, empty group under a given id."""
    account.groups[group_id] = {"name": name, "description": description}
    account.group_members[group_id] = set()


@operation("create_group")
def create_group(store: Store, call: Call[models.GroupRequest, AccountState]) -> Response:
    group_id = store.next_id()
    put_group(call.principal, group_id, **group_fields(call.body))
    return empty(201, location=resource_path("group", group_id))


@operation("modify_group")
def modify_group(store: Store, call: Call[models.GroupRequest, AccountState]) -> Response:
    account = call.principal
    group_id: int = call.path["group_id"]
    find_group(account, group_id).update(group_fields(call.body))
    return empty(200, location=resource_path("group", group_id))


@operation("delete_group")
def delete_group(store: Store, call: Call[None, AccountState]) -> Response:
    account = call.principal
    group_id: int = call.path["group_id"]
    find_group(account, group_id)
    members = account.group_members.pop(group_id, set())
    del account.groups[group_id]
    if call.query.get("deletecontacts") == "true":
        for contact_id in members:
            forget_contact(account, contact_id)
    return empty(200)


@operation("list_groups")
def list_groups(store: Store, call: Call[None, AccountState]) -> Response:
    account = call.principal
    groups = [
        {"id_group": group_id, "group_name": group["name"], "group_description": group["description"]}
        for group_id, group in sorted(account.groups.items())
    ]
    return json_body(paged("groups", groups, call.query["pageNumber"], call.query["pageSize"]))


def group_and_contact(call: Call[None, AccountState]) -> tuple[set[str], str]:
    """The addressed group's member set and the addressed contact's id; 404 if either does not exist."""
    account = call.principal
    group_id: int = call.path["group_id"]
    contact_id: str = call.path["contact_id"]
    find_group(account, group_id)
    find_contact(account, contact_id)
    return account.group_members.setdefault(group_id, set()), contact_id


@operation("add_contact_to_group")
def add_contact_to_group(store: Store, call: Call[None, AccountState]) -> Response:
    members, contact_id = group_and_contact(call)
    members.add(contact_id)
    return empty(200, location=resource_url(call, "contact", contact_id))


@operation("remove_contact_from_group")
def remove_contact_from_group(store: Store, call: Call[None, AccountState]) -> Response:
    members, contact_id = group_and_contact(call)
    members.discard(contact_id)  # a contact that was not in the group: nothing to do, still a success
    return empty(200, location=resource_url(call, "contact", contact_id))
