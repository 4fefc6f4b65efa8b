"""Client tests of add_phone_to_sender_code, add_subscriber_to_sender_code and stop_subscriber_send.

The API has no command that lists subscriptions or contacts, so what a command did is read back from the
emulator's state; every test uses a sender code and phones of its own (builders.py).
"""

from __future__ import annotations

from datetime import datetime

import pytest
from smsgw_whatcounts.client import AuthenticatedClient
from smsgw_whatcounts.overlay import OptOut, SubscriberAdded, Subscription, call, connect, errors
from smsgw_whatcounts.overlay.operations import (
    add_phone_to_sender_code,
    add_subscriber_to_sender_code,
    stop_subscriber_send,
)

from conformance.emulators.whatcounts.state import Sender

from .builders import capture_responses, new_contact, new_sender, to_the_second, unique_phone
from .conftest import OTHER_REALM, Emulator

UNKNOWN_SENDER = "99999"


def sender_error(emulator: Emulator, code: str, realm: str = "demo") -> str:
    """The documented text of the 500 for an unknown sender code."""
    return f"Error getting sender with senderCode {code} realmID: {emulator.realm(realm).realm_id}"


def other_client(emulator: Emulator) -> AuthenticatedClient:
    return connect(emulator.site_url, OTHER_REALM.name, OTHER_REALM.api_password)


# ---- add_phone_to_sender_code ----------------------------------------------------------------------------------


def test_add_phone_without_a_group(emulator: Emulator, client: AuthenticatedClient) -> None:
    sender, contact = new_sender(emulator), new_contact(emulator)
    before = to_the_second(emulator.store.now())
    added = call(add_phone_to_sender_code, client=client, phone=contact.phone, sender_code=sender.code)
    assert isinstance(added, Subscription)
    assert (added.subscriber_id, added.sender_id, added.group_id) == (contact.id, sender.id, 0)
    assert added.realm_id == emulator.realm().realm_id
    assert added.authenticated is False
    assert isinstance(added.created, datetime)
    assert before <= added.created <= emulator.store.now()
    stored = emulator.realm().subscriptions[added.id]
    assert (stored.subscriber_id, stored.sender_id, stored.group_id) == (contact.id, sender.id, 0)


def test_add_phone_with_a_group_makes_the_group_once(emulator: Emulator, client: AuthenticatedClient) -> None:
    """groupName puts the subscription in that group of the sender code, made by the first subscription to it."""
    sender, one, two = new_sender(emulator), new_contact(emulator), new_contact(emulator)
    first = call(add_phone_to_sender_code, client=client, phone=one.phone, sender_code=sender.code, group_name="vip")
    second = call(add_phone_to_sender_code, client=client, phone=two.phone, sender_code=sender.code, group_name="vip")
    assert first.group_id != 0
    assert second.group_id == first.group_id
    group = emulator.realm().groups[first.group_id]
    assert (group.name, group.sender_id) == ("vip", sender.id)
    assert emulator.realm().subscriptions[second.id].group_id == group.id


def test_the_same_phone_in_no_group_and_in_groups(emulator: Emulator, client: AuthenticatedClient) -> None:
    """A phone can be in the sender code without a group and in each of its groups, once per place."""
    sender, contact = new_sender(emulator), new_contact(emulator)
    places = [None, "daily", "weekly"]
    subscriptions = [
        call(add_phone_to_sender_code, client=client, phone=contact.phone, sender_code=sender.code, group_name=place)
        if place is not None
        else call(add_phone_to_sender_code, client=client, phone=contact.phone, sender_code=sender.code)
        for place in places
    ]
    assert len({subscription.group_id for subscription in subscriptions}) == 3
    names = [emulator.realm().groups[s.group_id].name if s.group_id else None for s in subscriptions]
    assert names == places


@pytest.mark.parametrize("group_name", [None, "vip"])
def test_add_phone_twice_to_the_same_place_fails(
    emulator: Emulator, client: AuthenticatedClient, group_name: str | None
) -> None:
    sender, contact = new_sender(emulator), new_contact(emulator)
    extra = {} if group_name is None else {"group_name": group_name}
    call(add_phone_to_sender_code, client=client, phone=contact.phone, sender_code=sender.code, **extra)
    count = len(emulator.realm().subscriptions)
    with pytest.raises(errors.CommandFailedError) as failure:
        call(add_phone_to_sender_code, client=client, phone=contact.phone, sender_code=sender.code, **extra)
    assert failure.value.status == 500
    assert f"Phone [{contact.phone}] is already subscribed to senderCode [{sender.code}]" in failure.value.error
    assert len(emulator.realm().subscriptions) == count


def test_add_phone_that_is_no_contact_fails(emulator: Emulator, client: AuthenticatedClient) -> None:
    sender, phone = new_sender(emulator), unique_phone()
    with pytest.raises(errors.CommandFailedError) as failure:
        call(add_phone_to_sender_code, client=client, phone=phone, sender_code=sender.code, group_name="new group")
    assert (
        failure.value.error == f"SMS subscriber with phone [{phone}] not found in realmId [{emulator.realm().realm_id}]"
    )
    assert phone not in emulator.realm().subscribers
    assert all(group.sender_id != sender.id for group in emulator.realm().groups.values())  # no group made


def test_add_phone_to_an_unknown_sender_code_fails(emulator: Emulator, client: AuthenticatedClient) -> None:
    contact = new_contact(emulator)
    with pytest.raises(errors.CommandFailedError) as failure:
        call(add_phone_to_sender_code, client=client, phone=contact.phone, sender_code=UNKNOWN_SENDER)
    assert failure.value.error == sender_error(emulator, UNKNOWN_SENDER)
    assert all(s.subscriber_id != contact.id for s in emulator.realm().subscriptions.values())


@pytest.mark.parametrize(("phone", "sender_code"), [("12345", None), ("1206555O100", None), (None, "12ab5")])
def test_add_phone_with_an_invalid_argument_fails(
    emulator: Emulator, client: AuthenticatedClient, phone: str | None, sender_code: str | None
) -> None:
    """An argument outside the documented form is the documented 500 ("invalid argument")."""
    contact, sender = new_contact(emulator), new_sender(emulator)
    with pytest.raises(errors.CommandFailedError) as failure:
        call(
            add_phone_to_sender_code,
            client=client,
            phone=phone or contact.phone,
            sender_code=sender_code or sender.code,
        )
    assert failure.value.status == 500
    assert failure.value.error.startswith("Invalid argument")


# ---- add_subscriber_to_sender_code -----------------------------------------------------------------------------


def test_add_subscriber_makes_the_contact(emulator: Emulator, client: AuthenticatedClient) -> None:
    """A new phone becomes an SMS contact with its e-mail, first name and customer key, subscribed."""
    sender, phone = new_sender(emulator), unique_phone()
    added = call(
        add_subscriber_to_sender_code,
        client=client,
        email="anna.new@example.com",
        phone=phone,
        sender_code=sender.code,
        first="Anna",
        customer_key="crm-42",
    )
    assert isinstance(added, SubscriberAdded)
    assert (added.phone, added.success, added.group_name) == (phone, True, None)
    contact = emulator.realm().subscribers[phone]
    assert (contact.id, contact.email, contact.first, contact.customer_key) == (
        added.subscriber_id,
        "anna.new@example.com",
        "Anna",
        "crm-42",
    )
    stored = emulator.realm().subscriptions[added.id]
    assert (stored.subscriber_id, stored.sender_id, stored.group_id) == (contact.id, sender.id, 0)


def test_add_subscriber_create_date_spelling_gives_created(emulator: Emulator, client: AuthenticatedClient) -> None:
    """This answer spells the date `createDate` (not `createdDate`); the result still has `.created`."""
    sender, phone = new_sender(emulator), unique_phone()
    responses = capture_responses(client)
    added = call(
        add_subscriber_to_sender_code, client=client, email="c@example.com", phone=phone, sender_code=sender.code
    )
    body = responses[-1].json()
    assert "createDate" in body and "createdDate" not in body
    assert isinstance(added.created, datetime) and isinstance(added.updated, datetime)
    assert added.created == to_the_second(emulator.realm().subscriptions[added.id].created)


def test_add_subscriber_in_a_group(emulator: Emulator, client: AuthenticatedClient) -> None:
    sender, phone = new_sender(emulator), unique_phone()
    added = call(
        add_subscriber_to_sender_code,
        client=client,
        email="g@example.com",
        phone=phone,
        sender_code=sender.code,
        group_name="daily",
    )
    assert added.group_name == "daily"
    group = emulator.realm().groups[emulator.realm().subscriptions[added.id].group_id]
    assert (group.name, group.sender_id) == ("daily", sender.id)


def test_add_subscriber_keeps_an_existing_contacts_details(emulator: Emulator, client: AuthenticatedClient) -> None:
    """An existing contact keeps its e-mail and gains only the details it did not have."""
    sender = new_sender(emulator)
    contact = new_contact(emulator, email="kept@example.com")
    added = call(
        add_subscriber_to_sender_code,
        client=client,
        email="other@example.com",
        phone=contact.phone,
        sender_code=sender.code,
        first="Kim",
    )
    assert added.subscriber_id == contact.id
    stored = emulator.realm().subscribers[contact.phone]
    assert (stored.email, stored.first) == ("kept@example.com", "Kim")


def test_add_subscriber_twice_fails(emulator: Emulator, client: AuthenticatedClient) -> None:
    sender, phone = new_sender(emulator), unique_phone()
    call(add_subscriber_to_sender_code, client=client, email="t@example.com", phone=phone, sender_code=sender.code)
    with pytest.raises(errors.CommandFailedError) as failure:
        call(add_subscriber_to_sender_code, client=client, email="t@example.com", phone=phone, sender_code=sender.code)
    assert "is already subscribed" in failure.value.error


def test_add_subscriber_to_an_unknown_sender_code_fails(emulator: Emulator, client: AuthenticatedClient) -> None:
    phone = unique_phone()
    with pytest.raises(errors.CommandFailedError) as failure:
        call(add_subscriber_to_sender_code, client=client, email="u@example.com", phone=phone, sender_code="88888")
    assert failure.value.error == sender_error(emulator, "88888")
    assert phone not in emulator.realm().subscribers


@pytest.mark.parametrize(
    ("email", "phone"), [("not-an-address", None), ("a b@example.com", None), (None, "123"), (None, "+1206555")]
)
def test_add_subscriber_with_an_invalid_argument_fails(
    emulator: Emulator, client: AuthenticatedClient, email: str | None, phone: str | None
) -> None:
    sender, fallback = new_sender(emulator), unique_phone()
    with pytest.raises(errors.CommandFailedError) as failure:
        call(
            add_subscriber_to_sender_code,
            client=client,
            email=email or "valid@example.com",
            phone=phone or fallback,
            sender_code=sender.code,
        )
    assert failure.value.error.startswith("Invalid argument")
    assert fallback not in emulator.realm().subscribers


def other_realm_sender(emulator: Emulator) -> Sender:
    """A sender code of its own in OTHER_REALM (which starts with none)."""
    return new_sender(emulator, emulator.realm(OTHER_REALM.name))


@pytest.mark.parametrize("customer_key", [None, "", "  "])
def test_a_realm_with_customer_keys_requires_one(emulator: Emulator, customer_key: str | None) -> None:
    other = other_client(emulator)
    sender, phone = other_realm_sender(emulator), unique_phone()
    extra = {} if customer_key is None else {"customer_key": customer_key}
    with pytest.raises(errors.CommandFailedError) as failure:
        call(
            add_subscriber_to_sender_code,
            client=other,
            email="k@example.com",
            phone=phone,
            sender_code=sender.code,
            **extra,
        )
    realm_id = emulator.realm(OTHER_REALM.name).realm_id
    assert failure.value.error == f"customerKey is required for SMS contacts in realmId [{realm_id}]"
    assert phone not in emulator.realm(OTHER_REALM.name).subscribers


def test_a_realm_with_customer_keys_takes_one(emulator: Emulator) -> None:
    other = other_client(emulator)
    sender, phone = other_realm_sender(emulator), unique_phone()
    added = call(
        add_subscriber_to_sender_code,
        client=other,
        email="k@example.com",
        phone=phone,
        sender_code=sender.code,
        customer_key="CK-1",
    )
    realm = emulator.realm(OTHER_REALM.name)
    assert added.realm_id == realm.realm_id != emulator.realm().realm_id
    assert realm.subscribers[phone].customer_key == "CK-1"
    assert phone not in emulator.realm().subscribers


# ---- stop_subscriber_send --------------------------------------------------------------------------------------


def test_stop_subscriber_send(emulator: Emulator, client: AuthenticatedClient) -> None:
    sender, contact = new_sender(emulator), new_contact(emulator)
    subscribed = call(add_phone_to_sender_code, client=client, phone=contact.phone, sender_code=sender.code)
    assert not emulator.realm().opted_out(contact.phone, sender)
    stopped = call(stop_subscriber_send, client=client, phone=contact.phone, sender_code=sender.code)
    assert isinstance(stopped, OptOut)
    assert (stopped.phone, stopped.subscriber_id, stopped.sender_id) == (contact.phone, contact.id, sender.id)
    assert stopped.realm_id == emulator.realm().realm_id
    assert isinstance(stopped.created, datetime)
    assert emulator.realm().opted_out(contact.phone, sender)
    assert emulator.realm().opt_outs[(contact.phone, sender.id)].id == stopped.id
    assert subscribed.id in emulator.realm().subscriptions  # the subscription is left alone


def test_stopping_twice_answers_the_same_opt_out(emulator: Emulator, client: AuthenticatedClient) -> None:
    sender, contact = new_sender(emulator), new_contact(emulator)
    first = call(stop_subscriber_send, client=client, phone=contact.phone, sender_code=sender.code)
    again = call(stop_subscriber_send, client=client, phone=contact.phone, sender_code=sender.code)
    assert again == first


def test_a_stop_is_per_sender_code(emulator: Emulator, client: AuthenticatedClient) -> None:
    stopped_sender, other_sender, contact = new_sender(emulator), new_sender(emulator), new_contact(emulator)
    call(stop_subscriber_send, client=client, phone=contact.phone, sender_code=stopped_sender.code)
    assert emulator.realm().opted_out(contact.phone, stopped_sender)
    assert not emulator.realm().opted_out(contact.phone, other_sender)


@pytest.mark.parametrize("unknown", ["phone", "sender code", "malformed phone"])
def test_stop_of_an_unknown_phone_or_sender_code_fails(
    emulator: Emulator, client: AuthenticatedClient, unknown: str
) -> None:
    """The documented 500: "An error occurred processing STOP sends for phone [..] realmId [..]"."""
    sender, contact = new_sender(emulator), new_contact(emulator)
    phone = {"phone": unique_phone(), "sender code": contact.phone, "malformed phone": "12"}[unknown]
    code = UNKNOWN_SENDER if unknown == "sender code" else sender.code
    opt_outs = dict(emulator.realm().opt_outs)
    with pytest.raises(errors.CommandFailedError) as failure:
        call(stop_subscriber_send, client=client, phone=phone, sender_code=code)
    realm_id = emulator.realm().realm_id
    assert failure.value.error == f"An error occurred processing STOP sends for phone [{phone}] realmId [{realm_id}]"
    assert emulator.realm().opt_outs == opt_outs
