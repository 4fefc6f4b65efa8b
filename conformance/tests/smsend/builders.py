"""Small builders for the smSend client tests: unique contact data, and groups/contacts made through the client.

The emulator is shared by the whole session, so every test makes its own data with values no other test uses.
"""

from __future__ import annotations

import itertools
from typing import Any

from smsgw_smsend.api.contacts import create_contact
from smsgw_smsend.api.contacts_groups import create_group
from smsgw_smsend.client import Client
from smsgw_smsend.models import ContactCreateRequest, GroupRequest
from smsgw_smsend.overlay import call

_serial = itertools.count(1)


def unique_phone() -> str:
    return f"+39347{next(_serial):07d}"


def unique_email(name: str = "contact") -> str:
    return f"{name}.{next(_serial)}@example.com"


def new_group(client: Client, name: str = "group") -> int:
    group_id: int = call(
        create_group, client=client, body=GroupRequest(name=f"{name} {next(_serial)}", description=name)
    )
    return group_id


def new_contact(client: Client, **fields: Any) -> str:
    """A contact with a unique email and phone number, unless `fields` say otherwise."""
    fields.setdefault("email", unique_email())
    fields.setdefault("phone_number", unique_phone())
    contact_id: str = call(create_contact, client=client, body=ContactCreateRequest(**fields))
    return contact_id
