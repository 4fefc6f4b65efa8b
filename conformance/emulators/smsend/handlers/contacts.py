"""Contacts API: add one or many contacts, read one, subscribe one to an email list, custom fields, blacklist."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from emulator_models import smsend as models
from starlette.responses import Response

from ...core import ApiError, Call, empty, json_body, text
from ..state import AccountState, Store
from . import operation
from .common import blacklist_number, find_contact, forget_contact, resource_path, resource_url

ACTIVE_LIST_STATUS = 0  # email list status: 0 active, 1 archived, 2 to be activated

# Every field a contact has (wire names): get_contact answers them all, null when never given.
CONTACT_FIELDS = (
    "email", "phoneNumber", "name", "surname", "gender", "fax", "address", "city", "province",
    "birthdate", "promotiondate", "rememberdate", "zip", *(f"custom{n}" for n in range(1, 11)),
)  # fmt: skip

# The custom fields a new account has: one per `customN` slot a contact can carry.
DEFAULT_CUSTOM_FIELDS = [
    {"idField": n, "placeholder": f"${{custom{n}}}", "label": f"Custom field {n}", "dataType": "STRING"}
    for n in range(1, 11)
]


# The bodies that carry one contact: create_contact's (also each of create_contacts') and register_contact_to_list's.
ContactBody = models.ContactCreateRequest | models.ContactListRegistrationRequest


def contact_fields(body: ContactBody) -> dict[str, Any]:
    """The contact's stored fields (wire names): what the body gives, without the group ids."""
    fields = body.model_dump(by_alias=True, exclude_none=True)
    fields.pop("groupIds", None)
    return fields


def requested_groups(account: AccountState, body: ContactBody) -> list[int]:
    """The body's groupIds as ints; 400 ("group not owned") for any the account does not have."""
    ids = [int(group_id.root) for group_id in body.groupIds or []]
    unknown = [group_id for group_id in ids if group_id not in account.groups]
    if unknown:
        raise ApiError(400, f"Group not owned: {', '.join(map(str, unknown))}")
    return ids


def require_address(fields: dict[str, Any]) -> None:
    if not fields.get("email") and not fields.get("phoneNumber"):
        raise ApiError(400, "At least one of email and phoneNumber has to be provided")


def add_to_groups(account: AccountState, contact_id: str, group_ids: Iterable[int]) -> None:
    for group_id in group_ids:
        account.group_members.setdefault(group_id, set()).add(contact_id)


def add_to_lists(account: AccountState, contact_id: str, list_ids: Iterable[int]) -> None:
    for list_id in list_ids:
        account.list_members.setdefault(list_id, set()).add(contact_id)


def put_contact(account: AccountState, contact_id: str, fields: dict[str, Any], group_ids: Iterable[int] = ()) -> None:
    """Store a contact under a given id (its stored fields by wire name) and put it in the groups."""
    account.contacts[contact_id] = {**fields, "id": contact_id}
    add_to_groups(account, contact_id, group_ids)


def store_contact(store: Store, account: AccountState, fields: dict[str, Any], group_ids: Iterable[int]) -> str:
    contact_id = str(store.next_id())
    put_contact(account, contact_id, fields, group_ids)
    return contact_id


@operation("create_contact")
def create_contact(store: Store, call: Call[models.ContactCreateRequest, AccountState]) -> Response:
    account = call.principal
    fields = contact_fields(call.body)
    require_address(fields)
    contact_id = store_contact(store, account, fields, requested_groups(account, call.body))
    return empty(201, location=resource_path("contact", contact_id))


def clashing_contacts(account: AccountState, fields: dict[str, Any]) -> list[str]:
    """Existing contacts a new one clashes with: the same email or the same phone number."""
    keys = [(name, fields[name]) for name in ("email", "phoneNumber") if fields.get(name)]
    return [cid for cid, contact in account.contacts.items() if any(contact.get(k) == v for k, v in keys)]


def memberships(account: AccountState, contact_id: str) -> tuple[list[int], list[int]]:
    """The groups and the email lists a contact belongs to."""
    groups = [group_id for group_id, members in account.group_members.items() if contact_id in members]
    lists = [list_id for list_id, members in account.list_members.items() if contact_id in members]
    return groups, lists


def drop_memberships(account: AccountState, contact_id: str) -> None:
    for members in (*account.group_members.values(), *account.list_members.values()):
        members.discard(contact_id)


def update_contact(
    account: AccountState, contact_id: str, fields: dict[str, Any], groups: list[int], keep: bool
) -> None:
    """updateExistingContact: the given fields overwrite the stored ones; memberships kept or replaced."""
    if not keep:
        drop_memberships(account, contact_id)
    account.contacts[contact_id].update(fields)
    add_to_groups(account, contact_id, groups)


def replace_contacts(
    store: Store, account: AccountState, old_ids: list[str], fields: dict[str, Any], groups: list[int], keep: bool
) -> None:
    """Not updateExistingContact: the clashing contacts are dropped and the new one inserted."""
    kept_groups: list[int] = []
    kept_lists: list[int] = []
    for old_id in old_ids:
        old_groups, old_lists = memberships(account, old_id)
        kept_groups += old_groups
        kept_lists += old_lists
        forget_contact(account, old_id)
    new_id = store_contact(store, account, fields, groups + (kept_groups if keep else []))
    add_to_lists(account, new_id, kept_lists if keep else [])


@operation("create_contacts")
def create_contacts(store: Store, call: Call[models.ContactBatchCreateRequest, AccountState]) -> Response:
    account = call.principal
    # Check the whole batch first: one bad contact and nothing is saved.
    batch = [(contact_fields(body), requested_groups(account, body)) for body in call.body.contacts]
    for fields, _ in batch:
        require_address(fields)
    update = bool(call.body.updateExistingContact)
    keep = bool(call.body.keepExistingGroupsAndCampaigns)
    for fields, groups in batch:
        clashes = clashing_contacts(account, fields)
        if not clashes:
            store_contact(store, account, fields, groups)
        elif update:
            update_contact(account, clashes[0], fields, groups, keep)
        else:
            replace_contacts(store, account, clashes, fields, groups, keep)
    return text(str(len(batch)))


@operation("get_contact")
def get_contact(store: Store, call: Call[None, AccountState]) -> Response:
    account = call.principal
    contact_id = call.path["contactid"]
    contact = find_contact(account, contact_id)
    groups, _ = memberships(account, contact_id)
    group_ids = [str(group_id) for group_id in sorted(groups)]
    return json_body({**dict.fromkeys(CONTACT_FIELDS), **contact, "groupIds": group_ids})


@operation("register_contact_to_list")
def register_contact_to_list(store: Store, call: Call[models.ContactListRegistrationRequest, AccountState]) -> Response:
    account = call.principal
    list_id: int = call.path["campaign_id"]
    email_list = account.email_lists.get(list_id)
    # The docs put "Campaign not active or not found" under 400; a list that does not exist at all is the
    # resource the path addresses, so it is a 404 as everywhere else in the emulator.
    if email_list is None:
        raise ApiError(404, f"[Not found] Campaign {list_id} not found")
    if email_list.get("status", ACTIVE_LIST_STATUS) != ACTIVE_LIST_STATUS:
        raise ApiError(400, f"Campaign {list_id} is not active")
    contact_id = store_contact(store, account, contact_fields(call.body), requested_groups(account, call.body))
    add_to_lists(account, contact_id, [list_id])
    # SendOptIn=true would send an opt-in email; the emulator sends no email, so it changes nothing here.
    return empty(201, location=resource_url(call, "contact", contact_id))


@operation("list_contact_fields")
def list_contact_fields(store: Store, call: Call[None, AccountState]) -> Response:
    account = call.principal
    if not account.custom_fields:
        account.custom_fields.extend(dict(field) for field in DEFAULT_CUSTOM_FIELDS)
    return json_body(account.custom_fields)


def contact_phone_number(contact: dict[str, Any]) -> str | None:
    number: str | None = contact.get("phoneNumber") or None
    return number


@operation("add_contact_to_blacklist")
def add_contact_to_blacklist(store: Store, call: Call[None, AccountState]) -> Response:
    account = call.principal
    contact_id = call.path["CONTACT_ID"]
    number = contact_phone_number(find_contact(account, contact_id))
    if number is None:
        return text("false")  # the result of the operation: a contact without a phone number cannot be blacklisted
    blacklist_number(store, account, number)
    return text("true")


@operation("add_contacts_to_blacklist")
def add_contacts_to_blacklist(store: Store, call: Call[models.ContactIdList, AccountState]) -> Response:
    account = call.principal
    contact_ids = list(dict.fromkeys(item.root for item in call.body.root))
    unknown = [contact_id for contact_id in contact_ids if contact_id not in account.contacts]
    if unknown:
        raise ApiError(400, f"Some of the contact ids were wrong: {', '.join(unknown)}")
    # Contacts without a phone number cannot be blacklisted: they are skipped and not counted.
    numbers = [contact_phone_number(account.contacts[contact_id]) for contact_id in contact_ids]
    blacklisted = [number for number in numbers if number is not None]
    for number in blacklisted:
        blacklist_number(store, account, number)
    return text(str(len(blacklisted)))


@operation("add_phone_number_to_contacts_blacklist")
def add_phone_number_to_contacts_blacklist(store: Store, call: Call[None, AccountState]) -> Response:
    blacklist_number(store, call.principal, call.query["phoneNumber"])
    return text("true")
