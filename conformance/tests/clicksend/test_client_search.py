"""The keyword search through the client: contacts (by name, number or email) and lists (by name), typed,
every page walked, and what a change to the lists changes in it."""

from __future__ import annotations

import pytest
from smsgw_clicksend.client import AuthenticatedClient
from smsgw_clicksend.models import ContactListRequest, ContactRequest
from smsgw_clicksend.overlay import call, errors, items, operations, paged

LIST = 428


def test_a_keyword_finds_contacts_then_lists(client: AuthenticatedClient) -> None:
    found = call(operations.search_contact_lists, client=client, q="Gorne")
    assert found.total == 2 and found.current_page == found.last_page == 1
    contact, contact_list = found.data
    assert (contact.type, contact.id, contact.name, contact.contact, contact.contacts_count) == (
        "contact",
        552807,
        "Gorne Smith",
        "+16783275492",
        None,
    )
    assert (contact_list.type, contact_list.id, contact_list.name, contact_list.contact) == (
        "list",
        LIST,
        "Gorne Customers",
        "GHPAJCCVGMTD9BLA",
    )
    assert contact_list.contacts_count == 4
    by_email = call(operations.search_contact_lists, client=client, q="JOHN@DOE")
    assert [(result.type, result.id) for result in by_email.data] == [("contact", 552810)]
    assert call(operations.search_contact_lists, client=client, q="zzz-nothing").data == []


def test_the_search_follows_the_lists_and_walks_every_page(client: AuthenticatedClient) -> None:
    made = call(operations.create_contact_list, client=client, body=ContactListRequest(list_name="Needle list"))
    for n in range(20):
        call(
            operations.create_contact,
            client=client,
            list_id=made.list_id,
            body=ContactRequest(phone_number=f"+6141299{n:04d}", first_name="Needle", last_name=f"N{n:02d}"),
        )
    first = call(operations.search_contact_lists, client=client, q="needle")
    assert (first.total, first.last_page, len(first.data)) == (21, 2, 15)
    everything = list(items(paged.search_contact_lists, client=client, q="needle"))
    assert [result.type for result in everything] == ["contact"] * 20 + ["list"]
    assert [result.name for result in everything[:20]] == [f"Needle N{n:02d}" for n in range(20)]
    assert (everything[-1].id, everything[-1].contacts_count) == (made.list_id, 20)
    call(operations.delete_contact_list, client=client, list_id=made.list_id)
    assert call(operations.search_contact_lists, client=client, q="needle").total == 0


def test_an_empty_keyword_is_refused(client: AuthenticatedClient) -> None:
    with pytest.raises(errors.BadRequestError) as raised:
        call(operations.search_contact_lists, client=client, q="")
    assert raised.value.status == 400
