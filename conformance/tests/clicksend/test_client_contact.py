"""Contacts through the client: typed create / read / update / delete, every page of a list walked with `items`,
`q` / `operator` / `order_by` / `updated_after`, and what copy, transfer and the opted-out removal change."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from smsgw_clicksend.client import AuthenticatedClient
from smsgw_clicksend.models import ContactListRequest, ContactRequest
from smsgw_clicksend.models.list_contacts_operator import ListContactsOperator
from smsgw_clicksend.overlay import call, errors, items, operations, paged, pages
from smsgw_clicksend.results import Contact
from smsgw_clicksend.types import UNSET, Unset

from conformance.tests.clicksend.conftest import Emulator

LIST, OTHER_LIST, OPT_OUT_LIST, CONTACT = 428, 429, 430, 552802
DEMO_CONTACTS = [552786, 552787, CONTACT, 552807]  # LIST's, in the order added


def contacts(
    client: AuthenticatedClient,
    list_id: int,
    *,
    q: str | Unset = UNSET,
    operator: ListContactsOperator | Unset = UNSET,
    order_by: str | Unset = UNSET,
    updated_after: int | Unset = UNSET,
) -> list[Contact]:
    return list(
        items(
            paged.list_contacts,
            client=client,
            list_id=list_id,
            q=q,
            operator=operator,
            order_by=order_by,
            updated_after=updated_after,
        )
    )


def ids(found: list[Contact]) -> list[int]:
    return [contact.contact_id for contact in found]


def test_a_created_contact_reads_back_the_same_typed(client: AuthenticatedClient, client_emulator: Emulator) -> None:
    body = ContactRequest(
        phone_number="0412 345 678",
        address_country="AU",
        first_name="Ann",
        email="ann@example.com",
        custom_1="vip",
        organization_name="Ann Pty Ltd",
        address_line_1="1 Main St",
    )
    made = call(operations.create_contact, client=client, list_id=LIST, body=body)
    assert made.contact_id not in DEMO_CONTACTS and made.list_id == LIST
    assert (made.phone_number, made.first_name, made.last_name, made.email) == (
        "+61412345678",  # the national number read in `address_country`
        "Ann",
        "",
        "ann@example.com",
    )
    assert (made.custom_1, made.custom_2, made.organization_name, made.address_line_1, made.address_country) == (
        "vip",
        "",
        "Ann Pty Ltd",
        "1 Main St",
        "AU",
    )
    assert made.fax_number is None and made.address_city is None and made.list_name == "Gorne Customers"
    now = client_emulator.store.now()
    assert isinstance(made.date_added, datetime) and made.date_added.tzinfo == UTC
    assert abs(made.date_added.timestamp() - now) <= 2
    assert call(operations.get_contact, client=client, list_id=LIST, contact_id=made.contact_id) == made
    assert ids(contacts(client, LIST)) == [*DEMO_CONTACTS, made.contact_id]


def test_a_demo_contact_reads_as_the_dataset_holds_it(client: AuthenticatedClient) -> None:
    contact = call(operations.get_contact, client=client, list_id=LIST, contact_id=CONTACT)
    assert (contact.first_name, contact.email, contact.custom_4, contact.address_state) == (
        "Ellen",
        "ellen@diaz.com",
        "Custom 4",
        "Las Vegas",
    )
    assert contact.date_added == datetime.fromtimestamp(1436157486, UTC)


def test_an_update_keeps_the_fields_left_out_and_moves_date_updated(
    client: AuthenticatedClient, client_emulator: Emulator
) -> None:
    made = call(operations.create_contact, client=client, list_id=LIST, body=ContactRequest(email="bo@example.com"))
    assert made.phone_number is None and made.date_updated is not None
    client_emulator.clock.advance(60)
    changed = call(
        operations.update_contact,
        client=client,
        list_id=LIST,
        contact_id=made.contact_id,
        body=ContactRequest(first_name="Bo", phone_number="+61412000009"),
    )
    assert (changed.first_name, changed.phone_number, changed.email) == ("Bo", "+61412000009", "bo@example.com")
    assert changed.date_added == made.date_added and changed.date_updated is not None
    assert changed.date_updated.timestamp() >= made.date_updated.timestamp() + 60
    assert call(operations.get_contact, client=client, list_id=LIST, contact_id=made.contact_id) == changed
    after = int(made.date_updated.timestamp())
    assert ids(contacts(client, LIST, updated_after=after)) == [made.contact_id]


def test_an_update_must_still_name_a_phone_fax_or_email(client: AuthenticatedClient) -> None:
    with pytest.raises(errors.BadRequestError) as raised:  # "at least one of them must be specified"
        call(
            operations.update_contact,
            client=client,
            list_id=LIST,
            contact_id=CONTACT,
            body=ContactRequest(first_name="Renamed"),
        )
    assert raised.value.status == 400
    assert call(operations.get_contact, client=client, list_id=LIST, contact_id=CONTACT).first_name == "Ellen"


def test_a_page_size_out_of_range_is_refused(client: AuthenticatedClient) -> None:
    for limit in (14, 101):  # "Min 15, Max 100"
        with pytest.raises(errors.BadRequestError) as raised:
            call(operations.list_contacts, client=client, list_id=LIST, limit=limit)
        assert (raised.value.status, raised.value.code) == (400, "BAD_REQUEST")
    assert len(call(operations.list_contacts, client=client, list_id=LIST, limit=100).data) == 4


def test_a_deleted_contact_is_gone(client: AuthenticatedClient) -> None:
    assert call(operations.delete_contact, client=client, list_id=LIST, contact_id=CONTACT) == []
    with pytest.raises(errors.NotFoundError) as raised:
        call(operations.get_contact, client=client, list_id=LIST, contact_id=CONTACT)
    assert (raised.value.status, raised.value.code) == (404, "NOT_FOUND")
    assert ids(contacts(client, LIST)) == [552786, 552787, 552807]
    with pytest.raises(errors.NotFoundError):
        call(operations.delete_contact, client=client, list_id=LIST, contact_id=CONTACT)


def test_a_contact_is_found_only_in_its_own_list(client: AuthenticatedClient) -> None:
    with pytest.raises(errors.NotFoundError):
        call(operations.get_contact, client=client, list_id=OTHER_LIST, contact_id=CONTACT)
    with pytest.raises(errors.NotFoundError) as raised:
        call(operations.list_contacts, client=client, list_id=999_999)
    assert raised.value.message == "List #999999 not found."


def test_a_contact_without_phone_fax_or_email_is_refused(client: AuthenticatedClient) -> None:
    with pytest.raises(errors.BadRequestError) as raised:
        call(operations.create_contact, client=client, list_id=LIST, body=ContactRequest(first_name="Nobody"))
    assert raised.value.status == 400
    assert ids(contacts(client, LIST)) == DEMO_CONTACTS


def test_items_walks_every_page(client: AuthenticatedClient) -> None:
    fresh = call(operations.create_contact_list, client=client, body=ContactListRequest(list_name="Many")).list_id
    made = [
        call(
            operations.create_contact,
            client=client,
            list_id=fresh,
            body=ContactRequest(phone_number=f"+6141200{n:04d}", first_name=f"N{n:02d}"),
        ).contact_id
        for n in range(33)
    ]
    walked = list(pages(paged.list_contacts, client=client, list_id=fresh, limit=15))
    assert [(page.current_page, page.last_page, page.total, len(page.data)) for page in walked] == [
        (1, 3, 33, 15),
        (2, 3, 33, 15),
        (3, 3, 33, 3),
    ]
    assert [(page.from_, page.to) for page in walked] == [(1, 15), (16, 30), (31, 33)]
    assert walked[0].prev_page_url is None and walked[-1].next_page_url is None
    assert ids(list(items(paged.list_contacts, client=client, list_id=fresh, limit=15))) == made
    assert ids(list(items(paged.list_contacts, client=client, list_id=fresh, limit=100))) == made
    first = call(operations.list_contacts, client=client, list_id=fresh)  # one page of 15 by default
    assert (first.per_page, len(first.data), first.last_page) == (15, 15, 3)


def test_q_and_operator_narrow_and_order_by_orders(client: AuthenticatedClient) -> None:
    assert ids(contacts(client, LIST, q="first_name:ELLEN")) == [552786, 552787, CONTACT]
    assert ids(contacts(client, LIST, q="first_name:ellen,email:diaz.com")) == [CONTACT]
    assert ids(contacts(client, LIST, q="first_name:gorne,email:diaz.com", operator="OR")) == [CONTACT, 552807]
    assert ids(contacts(client, LIST, q="first_name:gorne,email:diaz.com", operator="AND")) == []
    assert ids(contacts(client, LIST, order_by="contact_id:desc")) == DEMO_CONTACTS[::-1]
    by_phone = contacts(client, LIST, order_by="phone_number:asc")
    phones = [contact.phone_number or "" for contact in by_phone]
    assert phones == sorted(phones) and by_phone[-1].contact_id == 552807
    with pytest.raises(errors.BadRequestError):
        contacts(client, LIST, order_by="phone_number:sideways")


def test_a_copy_is_a_new_contact_in_the_other_list(client: AuthenticatedClient) -> None:
    before = ids(contacts(client, OTHER_LIST))
    copy = call(operations.copy_contact_to_list, client=client, from_list_id=LIST, contact_id=CONTACT, to_list_id=429)
    assert copy.contact_id != CONTACT and (copy.list_id, copy.list_name) == (OTHER_LIST, "List6eaG4lGIc9")
    assert (copy.email, copy.custom_1, copy.phone_number) == ("ellen@diaz.com", "Custom 1", "+16783270696")
    assert ids(contacts(client, OTHER_LIST)) == [*before, copy.contact_id]
    assert ids(contacts(client, LIST)) == DEMO_CONTACTS  # the original stays
    with pytest.raises(errors.NotFoundError):
        call(operations.copy_contact_to_list, client=client, from_list_id=LIST, contact_id=CONTACT, to_list_id=999_999)


def test_a_transfer_moves_the_contact_id_and_all(client: AuthenticatedClient) -> None:
    moved = call(
        operations.transfer_contact_to_list, client=client, from_list_id=LIST, contact_id=CONTACT, to_list_id=429
    )
    assert (moved.contact_id, moved.list_id, moved.list_name) == (CONTACT, OTHER_LIST, "List6eaG4lGIc9")
    assert CONTACT not in ids(contacts(client, LIST)) and CONTACT in ids(contacts(client, OTHER_LIST))
    assert call(operations.get_contact, client=client, list_id=OTHER_LIST, contact_id=CONTACT).email == "ellen@diaz.com"
    with pytest.raises(errors.NotFoundError):  # no longer in the first list
        call(operations.transfer_contact_to_list, client=client, from_list_id=LIST, contact_id=CONTACT, to_list_id=429)


def test_opted_out_contacts_are_removed_from_the_list(client: AuthenticatedClient) -> None:
    removed = call(operations.remove_opted_out_contacts, client=client, list_id=LIST, opt_out_list_id=OPT_OUT_LIST)
    assert removed.deleted == 1  # 552787 has the opted-out +16783270697
    assert ids(contacts(client, LIST)) == [552786, CONTACT, 552807]
    again = call(operations.remove_opted_out_contacts, client=client, list_id=LIST, opt_out_list_id=OPT_OUT_LIST)
    assert again.deleted == 0
    opted = call(
        operations.create_contact, client=client, list_id=OPT_OUT_LIST, body=ContactRequest(email="ELLEN@diaz.com")
    )
    assert opted.list_id == OPT_OUT_LIST
    by_email = call(operations.remove_opted_out_contacts, client=client, list_id=LIST, opt_out_list_id=OPT_OUT_LIST)
    assert by_email.deleted == 1 and ids(contacts(client, LIST)) == [552786, 552807]
    with pytest.raises(errors.NotFoundError):
        call(operations.remove_opted_out_contacts, client=client, list_id=LIST, opt_out_list_id=999_999)
