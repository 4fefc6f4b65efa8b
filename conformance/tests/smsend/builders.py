"""Small builders for the smSend client tests: unique contact data, and groups/contacts made through the client.

The emulator is shared by the whole session, so every test makes its own data with values no other test uses.
"""

from __future__ import annotations

import itertools
from typing import Any

from smsgw_smsend.client import AuthenticatedClient
from smsgw_smsend.models import ContactCreateRequest, EmailListCreateRequest, EmailListModifyRequest, GroupRequest
from smsgw_smsend.overlay import call
from smsgw_smsend.overlay.operations import create_contact, create_group, create_list, modify_list

_serial = itertools.count(1)


def unique_phone() -> str:
    return f"+39347{next(_serial):07d}"


def unique_email(name: str = "contact") -> str:
    return f"{name}.{next(_serial)}@example.com"


def new_group(client: AuthenticatedClient, name: str = "group") -> int:
    group_id: int = call(
        create_group, client=client, body=GroupRequest(name=f"{name} {next(_serial)}", description=name)
    )
    return group_id


def new_group_with_contacts(client: AuthenticatedClient, phones: list[str], name: str | None = None) -> int:
    """A group named `name` (unique by default) holding one new contact per phone number."""
    name = name or f"group {next(_serial)}"
    group_id: int = call(create_group, client=client, body=GroupRequest(name=name, description=name))
    for phone in phones:
        new_contact(client, phone_number=phone, group_ids=[str(group_id)])
    return group_id


def new_contact(client: AuthenticatedClient, **fields: Any) -> str:
    """A contact with a unique email and phone number, unless `fields` say otherwise."""
    fields.setdefault("email", unique_email())
    fields.setdefault("phone_number", unique_phone())
    contact_id: str = call(create_contact, client=client, body=ContactCreateRequest(**fields))
    return contact_id


def new_email_list(client: AuthenticatedClient, title: str | None = None, status: int = 0) -> int:
    """An email list (campaign), then put in `status` (0 active, 1 archived, 2 to be activated)."""
    body = EmailListCreateRequest(
        title=title or f"list {next(_serial)}",
        id_language="ita",
        email_sender="news@example.com",
        reply_to="reply@example.com",
        company_name="ACME",
        company_address="Via Roma 1, Milano",
        company_url="https://example.com",
        company_phone="+390200000000",
        company_fax="+390200000001",
    )
    list_id: int = call(create_list, client=client, body=body)
    if status:
        call(modify_list, client=client, list_id=list_id, body=EmailListModifyRequest(status=status))  # type: ignore[arg-type]
    return list_id
