"""Search: search_contact_lists, the account's contacts and lists matching a keyword (`q`, ignoring case): a
contact by its names, phone number or email; a list by its name. Contacts first, then lists, a page at a time."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from ...core import Call
from ..auth import Caller
from ..state import Store
from . import operation
from .common import answer, paged
from .contact_list import list_wire


@operation("search_contact_lists")
def search_contact_lists(store: Store, call: Call[None, Caller]) -> Response:
    account, keyword = call.principal.account, call.query["q"].casefold()
    found: list[dict[str, Any]] = []
    for contact in account.contacts:
        fields = contact.fields
        name = " ".join(part for part in (fields.get("first_name"), fields.get("last_name")) if part)
        searched_in = (name, fields.get("phone_number"), fields.get("email"))
        if any(keyword in (text or "").casefold() for text in searched_in):
            number = fields.get("phone_number") or fields.get("email") or fields.get("fax_number") or ""
            found.append(
                {"id": contact.contact_id, "name": name, "contact": number, "type": "contact", "contacts_count": None}
            )
    for contact_list in account.lists:
        if keyword in contact_list.list_name.casefold():
            found.append(
                {
                    "id": contact_list.list_id,
                    "name": contact_list.list_name,
                    "contact": contact_list.list_email_id,
                    "type": "list",
                    "contacts_count": list_wire(account, contact_list)["_contacts_count"],
                }
            )
    return answer(paged(call, found, searchable=False), "Here are some search result.")
