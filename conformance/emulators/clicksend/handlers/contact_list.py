"""Contact List: list_contact_lists, create_contact_list, get_contact_list, update_contact_list,
delete_contact_list, remove_duplicate_contacts, import_contacts.

Deleting a list deletes its contacts. Duplicates are contacts equal (ignoring case) in every field the body names
(contact field names; others are ignored; `phone_number` when none is left); the first of each kind stays.

Import: the emulator does not fetch from the internet. A `file_url` of one of the account's own uploads (the `_url`
of `POST /uploads?convert=csv`) is imported at once: each CSV row becomes a contact, its columns read in
`field_order` (the docs' `phone` and `custom1` spellings too; a first row that names the fields is a header);
rows without a phone number, fax number or email are skipped. Any other URL is queued and imports nothing.
"""

from __future__ import annotations

import csv
import io
import secrets
from typing import Any

from emulator_models import clicksend as models
from starlette.responses import Response

from ...core import Call
from ..auth import Caller
from ..files import stored
from ..geography import to_e164
from ..state import CONTACT_FIELDS, AccountState, ContactList, Store, new_list_email_id
from . import operation
from .common import answer, paged
from .contact import put_contact

SPELLINGS = {"phone": "phone_number", "fax": "fax_number", **{f"custom{n}": f"custom_{n}" for n in range(1, 5)}}


def list_wire(account: AccountState, contact_list: ContactList) -> dict[str, Any]:
    return {
        "list_id": contact_list.list_id,
        "list_name": contact_list.list_name,
        "list_email_id": contact_list.list_email_id,
        "_contacts_count": sum(contact.list_id == contact_list.list_id for contact in account.contacts),
    }


def put_list(account: AccountState, list_id: int | None, name: str, email_id: str | None = None) -> ContactList:
    def make(new_id: int) -> ContactList:
        return ContactList(new_id, name, email_id or new_list_email_id())

    return account.lists.add(make) if list_id is None else account.lists.put(list_id, make(list_id))


@operation("list_contact_lists")
def list_contact_lists(store: Store, call: Call[None, Caller]) -> Response:
    account = call.principal.account
    return answer(paged(call, [list_wire(account, contact_list) for contact_list in account.lists]))


@operation("create_contact_list")
def create_contact_list(store: Store, call: Call[models.ContactListRequest, Caller]) -> Response:
    account = call.principal.account
    return answer(list_wire(account, put_list(account, None, call.body.list_name)), "New list has been created.")


@operation("get_contact_list")
def get_contact_list(store: Store, call: Call[None, Caller]) -> Response:
    account = call.principal.account
    return answer(list_wire(account, account.lists.get(call.path["list_id"])))


@operation("update_contact_list")
def update_contact_list(store: Store, call: Call[models.ContactListRequest, Caller]) -> Response:
    account = call.principal.account
    contact_list = account.lists.get(call.path["list_id"])
    contact_list.list_name = call.body.list_name
    return answer(list_wire(account, contact_list), f"List #{contact_list.list_id} has been updated.")


@operation("delete_contact_list")
def delete_contact_list(store: Store, call: Call[None, Caller]) -> Response:
    account = call.principal.account
    contact_list = account.lists.remove(call.path["list_id"])
    for contact in [contact for contact in account.contacts if contact.list_id == contact_list.list_id]:
        account.contacts.remove(contact.contact_id)
    return answer([], f"List #{contact_list.list_id} has been deleted.")


@operation("remove_duplicate_contacts")
def remove_duplicate_contacts(
    store: Store, call: Call[models.ContactListDuplicateRemovalRequest | None, Caller]
) -> Response:
    account = call.principal.account
    list_id = account.lists.get(call.path["list_id"]).list_id
    named = [field.root for field in (call.body.fields or [])] if call.body is not None else []
    fields = [name for name in dict.fromkeys(named) if name in CONTACT_FIELDS] or ["phone_number"]
    seen: set[tuple[str, ...]] = set()
    duplicates = []
    for contact in account.contacts:
        if contact.list_id != list_id:
            continue
        key = tuple((contact.fields.get(name) or "").casefold() for name in fields)
        if key in seen:
            duplicates.append(contact.contact_id)
        seen.add(key)
    for contact_id in duplicates:
        account.contacts.remove(contact_id)
    return answer({"deleted": len(duplicates)}, "Your list duplicate contacts has been deleted.")


def contact_columns(field_order: list[str]) -> list[str | None]:
    """The contact field of each column (None for a column that is no contact field)."""
    columns: list[str | None] = []
    for name in field_order:
        wire = SPELLINGS.get(name.strip().lower(), name.strip().lower())
        columns.append(wire if wire in CONTACT_FIELDS else None)
    return columns


@operation("import_contacts")
def import_contacts(store: Store, call: Call[models.ContactListImportRequest, Caller]) -> Response:
    account = call.principal.account
    list_id = account.lists.get(call.path["list_id"]).list_id
    upload = stored(store, call.body.file_url, account.user_id)
    if upload is not None:
        order = [item.root for item in call.body.field_order]
        columns = contact_columns(order)
        rows = list(csv.reader(io.StringIO(upload.content.decode("utf-8", errors="replace"))))
        if rows and [cell.strip().lower() for cell in rows[0]][: len(order)] == [name.lower() for name in order]:
            rows = rows[1:]  # a header line
        for row in rows:
            values = {name: cell.strip() for name, cell in zip(columns, row, strict=False) if name and cell.strip()}
            if not any(values.get(name) for name in ("phone_number", "fax_number", "email")):
                continue
            country = values.get("address_country") or account.country
            for name in ("phone_number", "fax_number"):
                if values.get(name):
                    values[name] = to_e164(values[name], country) or values[name]
            put_contact(account, None, list_id, values, store.now())
    job = str(secrets.randbelow(9 * 10**18) + 10**18)
    return answer({"msg": "Messages put on queue.", "ids": [job], "id": job}, "Your file is now queued.")
