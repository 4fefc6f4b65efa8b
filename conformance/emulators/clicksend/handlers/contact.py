"""Contact: list_contacts, create_contact, get_contact, update_contact, delete_contact, copy_contact_to_list,
transfer_contact_to_list, remove_opted_out_contacts.

A contact lives in one list. A copy is a new contact (its own id) in the other list; a transfer moves the
contact, id and all. Phone and fax numbers given in national form are stored in E.164 (read in the contact's
`address_country`, else the account's country). Removing opted-out contacts removes from a list every contact
whose phone number or email address is in the opt-out list.
"""

from __future__ import annotations

from typing import Any

from emulator_models import clicksend as models
from starlette.responses import Response

from ...core import Call
from ..auth import Caller
from ..errors import not_found
from ..geography import to_e164
from ..state import CONTACT_FIELDS, TEXT_CONTACT_FIELDS, AccountState, Contact, ContactList, Store
from . import operation
from .common import answer, paged


def contact_wire(account: AccountState, contact: Contact) -> dict[str, Any]:
    fields = {
        name: (value if value is not None or name not in TEXT_CONTACT_FIELDS else "")
        for name, value in contact.fields.items()
    }
    return {
        "contact_id": contact.contact_id,
        "list_id": contact.list_id,
        **fields,
        "date_added": str(contact.date_added),
        "date_updated": str(contact.date_updated),
        "_list_name": account.lists.get(contact.list_id).list_name,
    }


def contact_fields(account: AccountState, body: models.ContactRequest, given_only: bool = False) -> dict[str, Any]:
    """The body's contact fields by wire name (all of them, absent ones None; or only those given), numbers in
    E.164 where they can be."""
    values = body.model_dump(include=set(CONTACT_FIELDS), exclude_unset=given_only)
    country = values.get("address_country") or account.country
    for name in ("phone_number", "fax_number"):
        if values.get(name):
            values[name] = to_e164(values[name], country) or values[name]
    return values


def list_of(account: AccountState, list_id: int) -> ContactList:
    return account.lists.get(list_id)


def contact_in(account: AccountState, list_id: int, contact_id: int) -> Contact:
    """The contact, when it is in that list (the list must exist too)."""
    list_of(account, list_id)
    contact = account.contacts.find(contact_id)
    if contact is None or contact.list_id != list_id:
        raise not_found(f"Contact #{contact_id} not found in list #{list_id}.")
    return contact


def put_contact(
    account: AccountState, contact_id: int | None, list_id: int, fields: dict[str, Any], now: int
) -> Contact:
    """A new contact (an id issued, or the one given: demo data), with every contact field."""
    complete = {name: fields.get(name) for name in CONTACT_FIELDS}

    def make(new_id: int) -> Contact:
        return Contact(new_id, list_id, complete, now, now)

    if contact_id is None:
        return account.contacts.add(make)
    return account.contacts.put(contact_id, make(contact_id))


@operation("list_contacts")
def list_contacts(store: Store, call: Call[None, Caller]) -> Response:
    account, list_id = call.principal.account, call.path["list_id"]
    list_of(account, list_id)
    after = call.query.get("updated_after")
    contacts = [
        contact_wire(account, contact)
        for contact in account.contacts
        if contact.list_id == list_id and (after is None or contact.date_updated > after)
    ]
    return answer(paged(call, contacts))


@operation("create_contact")
def create_contact(store: Store, call: Call[models.ContactRequest, Caller]) -> Response:
    account, list_id = call.principal.account, call.path["list_id"]
    list_of(account, list_id)
    contact = put_contact(account, None, list_id, contact_fields(account, call.body), store.now())
    return answer(contact_wire(account, contact), "New contact has been created.")


@operation("get_contact")
def get_contact(store: Store, call: Call[None, Caller]) -> Response:
    account = call.principal.account
    return answer(contact_wire(account, contact_in(account, call.path["list_id"], call.path["contact_id"])))


@operation("update_contact")
def update_contact(store: Store, call: Call[models.ContactRequest, Caller]) -> Response:
    """The fields given replace the contact's; those left out keep their values."""
    account = call.principal.account
    contact = contact_in(account, call.path["list_id"], call.path["contact_id"])
    contact.fields.update(contact_fields(account, call.body, given_only=True))
    contact.date_updated = store.now()
    return answer(contact_wire(account, contact), f"Contact #{contact.contact_id} has been updated.")


@operation("delete_contact")
def delete_contact(store: Store, call: Call[None, Caller]) -> Response:
    account = call.principal.account
    contact = contact_in(account, call.path["list_id"], call.path["contact_id"])
    account.contacts.remove(contact.contact_id)
    return answer([], f"Contact #{contact.contact_id} has been deleted.")


@operation("copy_contact_to_list")
def copy_contact_to_list(store: Store, call: Call[None, Caller]) -> Response:
    account, to_list = call.principal.account, call.path["to_list_id"]
    contact = contact_in(account, call.path["from_list_id"], call.path["contact_id"])
    list_of(account, to_list)
    copy = put_contact(account, None, to_list, dict(contact.fields), store.now())
    return answer(contact_wire(account, copy), f"Contact #{contact.contact_id} has been copied to List #{to_list}")


@operation("transfer_contact_to_list")
def transfer_contact_to_list(store: Store, call: Call[None, Caller]) -> Response:
    account, to_list = call.principal.account, call.path["to_list_id"]
    contact = contact_in(account, call.path["from_list_id"], call.path["contact_id"])
    list_of(account, to_list)
    contact.list_id, contact.date_updated = to_list, store.now()
    message = f"Contact #{contact.contact_id} has been transferred to List #{to_list}"
    return answer(contact_wire(account, contact), message)


@operation("remove_opted_out_contacts")
def remove_opted_out_contacts(store: Store, call: Call[None, Caller]) -> Response:
    account, list_id, opt_out_id = call.principal.account, call.path["list_id"], call.path["opt_out_list_id"]
    list_of(account, list_id)
    list_of(account, opt_out_id)
    opted_out = [contact for contact in account.contacts if contact.list_id == opt_out_id]
    phones = {contact.fields["phone_number"] for contact in opted_out if contact.fields.get("phone_number")}
    emails = {str(contact.fields["email"]).casefold() for contact in opted_out if contact.fields.get("email")}
    removed = [
        contact.contact_id
        for contact in account.contacts
        if contact.list_id == list_id
        and (contact.fields.get("phone_number") in phones or (contact.fields.get("email") or "").casefold() in emails)
    ]
    for contact_id in removed:
        account.contacts.remove(contact_id)
    return answer({"deleted": len(removed)}, "Optout contacts has been deleted.")
