"""Client tests of the Contacts section: create one or many, read, list subscription, custom fields, blacklist."""

from __future__ import annotations

from typing import Any

import pytest
from smsgw_smsend.client import AuthenticatedClient
from smsgw_smsend.models import (
    ContactBatchCreateRequest,
    ContactCreateRequest,
    ContactListRegistrationRequest,
)
from smsgw_smsend.overlay import call, errors
from smsgw_smsend.overlay.operations import (
    add_contact_to_blacklist,
    add_contacts_to_blacklist,
    add_phone_number_to_contacts_blacklist,
    create_contact,
    create_contacts,
    get_contact,
    list_contact_fields,
    register_contact_to_list,
)
from smsgw_smsend.types import UNSET

from .builders import new_contact, new_email_list, new_group, unique_email, unique_phone
from .conftest import Emulator


def contact_ids_with_email(emulator: Emulator, email: str) -> list[str]:
    """The ids of the demo account's contacts with this email (the API has no contact search)."""
    return [cid for cid, contact in emulator.account().contacts.items() if contact.get("email") == email]


def test_create_contact_then_get_it(client: AuthenticatedClient) -> None:
    group_id = new_group(client)
    email, phone = unique_email("mario"), unique_phone()
    body = ContactCreateRequest(
        email=email,
        phone_number=phone,
        name="Mario",
        surname="Rossi",
        gender="m",
        birthdate="19800101",
        custom1="vip",
        group_ids=[str(group_id)],
    )
    contact_id = call(create_contact, client=client, body=body)
    assert contact_id.isdigit()
    contact = call(get_contact, client=client, contactid=contact_id)
    assert contact.id == contact_id
    assert (contact.email, contact.phone_number, contact.name, contact.surname) == (email, phone, "Mario", "Rossi")
    assert contact.gender == "m"
    assert contact.birthdate == "19800101"
    assert contact.custom1 == "vip"
    assert contact.group_ids == [str(group_id)]


def test_a_contact_needs_an_email_or_a_phone_number(client: AuthenticatedClient) -> None:
    assert call(get_contact, client=client, contactid=new_contact(client, email=UNSET)).email is None
    assert call(get_contact, client=client, contactid=new_contact(client, phone_number=UNSET)).phone_number is None
    with pytest.raises(errors.BadRequestError):
        call(create_contact, client=client, body=ContactCreateRequest(name="Nobody"))


def test_create_contact_in_a_group_the_account_does_not_own_is_refused(
    emulator: Emulator, client: AuthenticatedClient
) -> None:
    email = unique_email()
    with pytest.raises(errors.BadRequestError, match="not owned"):
        call(create_contact, client=client, body=ContactCreateRequest(email=email, group_ids=["999999999"]))
    assert contact_ids_with_email(emulator, email) == []


def test_get_unknown_contact_is_not_found(client: AuthenticatedClient) -> None:
    with pytest.raises(errors.NotFoundError):
        call(get_contact, client=client, contactid="999999999")


def batch(*contacts: ContactCreateRequest, **options: Any) -> ContactBatchCreateRequest:
    return ContactBatchCreateRequest(contacts=list(contacts), **options)


def test_create_contacts_answers_the_count_and_stores_them(emulator: Emulator, client: AuthenticatedClient) -> None:
    group_id = new_group(client)
    emails = [unique_email("batch") for _ in range(3)]
    body = batch(*(ContactCreateRequest(email=email, group_ids=[str(group_id)]) for email in emails))
    assert call(create_contacts, client=client, body=body) == 3
    for email in emails:
        (contact_id,) = contact_ids_with_email(emulator, email)
        contact = call(get_contact, client=client, contactid=contact_id)
        assert contact.email == email
        assert contact.group_ids == [str(group_id)]


@pytest.mark.parametrize(
    "bad",
    [ContactCreateRequest(name="no address"), ContactCreateRequest(email="x@example.com", group_ids=["999999999"])],
    ids=["no email or phone", "group not owned"],
)
def test_one_bad_contact_rejects_the_whole_batch(
    emulator: Emulator, client: AuthenticatedClient, bad: ContactCreateRequest
) -> None:
    good = unique_email("good")
    with pytest.raises(errors.BadRequestError):
        call(create_contacts, client=client, body=batch(ContactCreateRequest(email=good), bad))
    assert contact_ids_with_email(emulator, good) == []


def clash_setup(client: AuthenticatedClient) -> tuple[str, str, int, int]:
    """An existing contact (with a surname, in group one) and a second group: (contact id, email, one, two)."""
    one, two = new_group(client, "one"), new_group(client, "two")
    email = unique_email("clash")
    contact_id = new_contact(client, email=email, name="Old", surname="Kept?", group_ids=[str(one)])
    return contact_id, email, one, two


def send_clash(client: AuthenticatedClient, email: str, group: int, *, update: bool, keep: bool) -> None:
    body = batch(
        ContactCreateRequest(email=email, name="New", group_ids=[str(group)]),
        update_existing_contact=update,
        keep_existing_groups_and_campaigns=keep,
    )
    assert call(create_contacts, client=client, body=body) == 1


@pytest.mark.parametrize("keep", [True, False])
def test_update_existing_contact_on_a_clash(emulator: Emulator, client: AuthenticatedClient, keep: bool) -> None:
    contact_id, email, one, two = clash_setup(client)
    send_clash(client, email, two, update=True, keep=keep)
    assert contact_ids_with_email(emulator, email) == [contact_id]  # the same contact, updated
    contact = call(get_contact, client=client, contactid=contact_id)
    assert (contact.name, contact.surname) == ("New", "Kept?")
    assert isinstance(contact.group_ids, list)
    assert set(contact.group_ids) == ({str(one), str(two)} if keep else {str(two)})


@pytest.mark.parametrize("keep", [True, False])
def test_drop_and_insert_on_a_clash(emulator: Emulator, client: AuthenticatedClient, keep: bool) -> None:
    old_id, email, one, two = clash_setup(client)
    send_clash(client, email, two, update=False, keep=keep)
    with pytest.raises(errors.NotFoundError):
        call(get_contact, client=client, contactid=old_id)
    (new_id,) = contact_ids_with_email(emulator, email)
    contact = call(get_contact, client=client, contactid=new_id)
    assert (contact.name, contact.surname) == ("New", None)
    assert isinstance(contact.group_ids, list)
    assert set(contact.group_ids) == ({str(one), str(two)} if keep else {str(two)})


def test_a_clash_is_also_the_same_phone_number(emulator: Emulator, client: AuthenticatedClient) -> None:
    phone = unique_phone()
    contact_id = new_contact(client, phone_number=phone, name="Before")
    body = batch(ContactCreateRequest(phone_number=phone, name="After"), update_existing_contact=True)
    assert call(create_contacts, client=client, body=body) == 1
    assert call(get_contact, client=client, contactid=contact_id).name == "After"


def test_register_contact_to_list(emulator: Emulator, client: AuthenticatedClient) -> None:
    list_id = new_email_list(client)
    group_id = new_group(client)
    email = unique_email("subscriber")
    body = ContactListRegistrationRequest(email=email, name="Lucia", group_ids=[str(group_id)])
    contact_id = call(register_contact_to_list, client=client, campaign_id=list_id, body=body, send_opt_in="true")
    contact = call(get_contact, client=client, contactid=contact_id)
    assert (contact.email, contact.name, contact.group_ids) == (email, "Lucia", [str(group_id)])
    assert contact_id in emulator.account().list_members[list_id]


def test_register_contact_to_an_unknown_list_is_not_found(emulator: Emulator, client: AuthenticatedClient) -> None:
    email = unique_email()
    with pytest.raises(errors.NotFoundError, match="Campaign"):
        call(register_contact_to_list, client=client, campaign_id=999999999, body=ContactListRegistrationRequest(email))
    assert contact_ids_with_email(emulator, email) == []


@pytest.mark.parametrize("status", [1, 2], ids=["archived", "to be activated"])
def test_register_contact_to_an_inactive_list_is_refused(
    emulator: Emulator, client: AuthenticatedClient, status: int
) -> None:
    list_id = new_email_list(client, status=status)
    email = unique_email()
    with pytest.raises(errors.BadRequestError, match="not active"):
        call(register_contact_to_list, client=client, campaign_id=list_id, body=ContactListRegistrationRequest(email))
    assert contact_ids_with_email(emulator, email) == []


def test_list_contact_fields(client: AuthenticatedClient) -> None:
    fields = call(list_contact_fields, client=client)
    assert [field.id_field for field in fields] == list(range(1, 11))
    assert fields[0].placeholder == "${custom1}"
    assert {field.data_type for field in fields} == {"STRING"}


def test_add_contact_to_blacklist(emulator: Emulator, client: AuthenticatedClient) -> None:
    phone = unique_phone()
    contact_id = new_contact(client, phone_number=phone)
    assert call(add_contact_to_blacklist, client=client, contact_id=contact_id) is True
    entry = emulator.account().blacklist[phone]
    assert (entry["number"], entry["origin"]) == (phone, "API")
    assert call(add_contact_to_blacklist, client=client, contact_id=contact_id) is True  # already there: still fine


def test_add_contact_to_blacklist_unknown_or_without_phone_number(client: AuthenticatedClient) -> None:
    with pytest.raises(errors.NotFoundError):
        call(add_contact_to_blacklist, client=client, contact_id="999999999")
    without_phone = new_contact(client, phone_number=UNSET)
    assert call(add_contact_to_blacklist, client=client, contact_id=without_phone) is False  # nothing to blacklist


def test_add_contacts_to_blacklist_counts_the_contacts_with_a_phone_number(
    emulator: Emulator, client: AuthenticatedClient
) -> None:
    phones = [unique_phone(), unique_phone()]
    ids = [new_contact(client, phone_number=phone) for phone in phones] + [new_contact(client, phone_number=UNSET)]
    assert call(add_contacts_to_blacklist, client=client, body=ids) == 2
    assert all(phone in emulator.account().blacklist for phone in phones)


def test_add_contacts_to_blacklist_with_an_unknown_id_blacklists_nothing(
    emulator: Emulator, client: AuthenticatedClient
) -> None:
    phone = unique_phone()
    known = new_contact(client, phone_number=phone)
    with pytest.raises(errors.BadRequestError):
        call(add_contacts_to_blacklist, client=client, body=[known, "999999999"])
    assert phone not in emulator.account().blacklist


def test_add_phone_number_to_contacts_blacklist(emulator: Emulator, client: AuthenticatedClient) -> None:
    phone = unique_phone()
    assert call(add_phone_number_to_contacts_blacklist, client=client, phone_number=phone) is True
    assert phone in emulator.account().blacklist
