"""Contact lists through the client: create / read / rename / delete (with its contacts), every page of the
lists, the duplicates removed by the fields named, and contacts imported from an uploaded CSV."""

from __future__ import annotations

import base64

import pytest
from smsgw_clicksend.client import AuthenticatedClient
from smsgw_clicksend.models import (
    ContactListDuplicateRemovalRequest,
    ContactListImportRequest,
    ContactListRequest,
    ContactRequest,
    UploadRequest,
)
from smsgw_clicksend.models.list_contact_lists_operator import ListContactListsOperator
from smsgw_clicksend.overlay import call, errors, items, operations, paged
from smsgw_clicksend.results import Contact, ContactList
from smsgw_clicksend.types import UNSET, Unset

from conformance.tests.clicksend.conftest import Emulator

LIST, OTHER_LIST, OPT_OUT_LIST = 428, 429, 430


def lists(
    client: AuthenticatedClient,
    *,
    q: str | Unset = UNSET,
    operator: ListContactListsOperator | Unset = UNSET,
    order_by: str | Unset = UNSET,
) -> list[ContactList]:
    return list(items(paged.list_contact_lists, client=client, q=q, operator=operator, order_by=order_by))


def contacts(client: AuthenticatedClient, list_id: int) -> list[Contact]:
    return list(items(paged.list_contacts, client=client, list_id=list_id))


def test_the_demo_lists_are_typed_with_their_counts(client: AuthenticatedClient) -> None:
    found = lists(client)
    assert [(found.list_id, found.list_name, found.contacts_count) for found in found] == [
        (LIST, "Gorne Customers", 4),
        (OTHER_LIST, "List6eaG4lGIc9", 1),
        (OPT_OUT_LIST, "Opt-out list", 1),
    ]
    assert found[0].list_email_id == "GHPAJCCVGMTD9BLA"
    assert call(operations.get_contact_list, client=client, list_id=LIST) == found[0]


def test_a_list_is_created_renamed_and_deleted_with_its_contacts(
    client: AuthenticatedClient, client_emulator: Emulator
) -> None:
    made = call(operations.create_contact_list, client=client, body=ContactListRequest(list_name="Fresh"))
    assert (made.list_name, made.contacts_count) == ("Fresh", 0) and len(made.list_email_id) == 16
    assert made.list_id not in (LIST, OTHER_LIST, OPT_OUT_LIST)
    assert call(operations.get_contact_list, client=client, list_id=made.list_id) == made
    call(operations.create_contact, client=client, list_id=made.list_id, body=ContactRequest(email="a@b.com"))
    renamed = call(
        operations.update_contact_list, client=client, list_id=made.list_id, body=ContactListRequest(list_name="New")
    )
    assert (renamed.list_id, renamed.list_name, renamed.list_email_id, renamed.contacts_count) == (
        made.list_id,
        "New",
        made.list_email_id,
        1,
    )
    assert call(operations.get_contact_list, client=client, list_id=made.list_id) == renamed
    assert [found.list_name for found in lists(client)][-1] == "New"
    assert call(operations.delete_contact_list, client=client, list_id=made.list_id) == []
    with pytest.raises(errors.NotFoundError) as raised:
        call(operations.get_contact_list, client=client, list_id=made.list_id)
    assert (raised.value.status, raised.value.code) == (404, "NOT_FOUND")
    with pytest.raises(errors.NotFoundError):
        call(operations.list_contacts, client=client, list_id=made.list_id)
    assert made.list_id not in [found.list_id for found in lists(client)]
    assert all(contact.list_id != made.list_id for contact in client_emulator.demo.contacts)  # its contacts too
    with pytest.raises(errors.NotFoundError):
        call(
            operations.update_contact_list, client=client, list_id=made.list_id, body=ContactListRequest(list_name="x")
        )
    with pytest.raises(errors.NotFoundError):
        call(operations.delete_contact_list, client=client, list_id=made.list_id)


def test_every_page_of_lists_and_their_search_and_order(client: AuthenticatedClient) -> None:
    made = [
        call(operations.create_contact_list, client=client, body=ContactListRequest(list_name=f"Batch {n:02d}")).list_id
        for n in range(20)
    ]
    first = call(operations.list_contact_lists, client=client)
    assert (first.total, first.per_page, first.last_page, len(first.data)) == (23, 15, 2, 15)
    assert [found.list_id for found in lists(client)] == [LIST, OTHER_LIST, OPT_OUT_LIST, *made]
    batch = lists(client, q="list_name:batch", order_by="list_name:desc")
    assert [found.list_name for found in batch] == [f"Batch {n:02d}" for n in reversed(range(20))]
    either = lists(client, q="list_name:opt-out,list_email_id:ghpajccv", operator="OR")
    assert [found.list_id for found in either] == [LIST, OPT_OUT_LIST]
    assert lists(client, q="list_name:opt-out,list_email_id:ghpajccv") == []  # AND, the default


def test_duplicates_are_removed_by_phone_number_by_default(client: AuthenticatedClient) -> None:
    removed = call(operations.remove_duplicate_contacts, client=client, list_id=LIST)
    assert removed.deleted == 1  # 552802 has 552786's number
    assert [contact.contact_id for contact in contacts(client, LIST)] == [552786, 552787, 552807]
    assert call(operations.remove_duplicate_contacts, client=client, list_id=LIST).deleted == 0
    assert call(operations.get_contact_list, client=client, list_id=LIST).contacts_count == 3


def test_duplicates_are_removed_by_the_fields_named(client: AuthenticatedClient) -> None:
    by_name = ContactListDuplicateRemovalRequest(fields=["first_name", "last_name", "no_such_field"])
    assert call(operations.remove_duplicate_contacts, client=client, list_id=LIST, body=by_name).deleted == 2
    assert [contact.contact_id for contact in contacts(client, LIST)] == [552786, 552807]  # the first Ellen stays
    with pytest.raises(errors.NotFoundError):
        call(operations.remove_duplicate_contacts, client=client, list_id=999_999, body=by_name)


CSV = b"phone,first_name,custom1\n518-481-1002,Ann,vip\n,No Number,\n+61412000002,Bob,\n"


def test_contacts_are_imported_from_an_uploaded_csv(client: AuthenticatedClient) -> None:
    upload = call(
        operations.upload_media_file,
        client=client,
        convert="csv",
        body=UploadRequest(content=base64.b64encode(CSV).decode("ascii")),
    )
    assert upload.file_name.endswith(".csv")
    before = [contact.contact_id for contact in contacts(client, OTHER_LIST)]
    queued = call(
        operations.import_contacts,
        client=client,
        list_id=OTHER_LIST,
        body=ContactListImportRequest(file_url=upload.url, field_order=["phone", "first_name", "custom1"]),
    )
    assert queued.msg == "Messages put on queue." and queued.ids == [queued.id] and queued.id.isdigit()
    after = contacts(client, OTHER_LIST)
    assert [contact.contact_id for contact in after[: len(before)]] == before
    assert [(c.phone_number, c.first_name, c.custom_1, c.list_id) for c in after[len(before) :]] == [
        ("+15184811002", "Ann", "vip", OTHER_LIST),  # read in the account's country; the header and a row skipped
        ("+61412000002", "Bob", "", OTHER_LIST),
    ]
    assert call(operations.get_contact_list, client=client, list_id=OTHER_LIST).contacts_count == len(before) + 2


def test_an_import_from_elsewhere_is_queued_and_a_bad_url_refused(client: AuthenticatedClient) -> None:
    before = contacts(client, OTHER_LIST)
    elsewhere = ContactListImportRequest(file_url="http://yourdomain.com/import.csv", field_order=["phone"])
    assert call(operations.import_contacts, client=client, list_id=OTHER_LIST, body=elsewhere).ids
    assert contacts(client, OTHER_LIST) == before
    with pytest.raises(errors.BadRequestError) as raised:
        bad = ContactListImportRequest(file_url="ftp://x", field_order=["phone"])
        call(operations.import_contacts, client=client, list_id=OTHER_LIST, body=bad)
    assert (raised.value.status, raised.value.code) == (400, "BAD_REQUEST")
    with pytest.raises(errors.NotFoundError):
        call(operations.import_contacts, client=client, list_id=999_999, body=elsewhere)
