"""Client tests of send_message_to_phone and send_message_to_sender_code (the emulator records every SMS part it
would have sent in `RealmState.sends`; nothing is delivered anywhere)."""

from __future__ import annotations

import re
from datetime import datetime

import pytest
from smsgw_whatcounts.client import AuthenticatedClient
from smsgw_whatcounts.overlay import Campaign, PhoneSend, call, errors
from smsgw_whatcounts.overlay.operations import (
    add_phone_to_sender_code,
    add_subscriber_to_sender_code,
    send_message_to_phone,
    send_message_to_sender_code,
    stop_subscriber_send,
)

from conformance.emulators.whatcounts.state import Send, Sender

from .builders import new_contact, new_message, new_sender, to_the_second, unique_name, unique_phone
from .conftest import Emulator


def sends_to(emulator: Emulator, phone: str) -> list[Send]:
    return [send for send in emulator.realm().sends if send.phone == phone]


def campaign_phones(emulator: Emulator, campaign_id: int) -> list[str]:
    return sorted({send.phone for send in emulator.realm().sends if send.campaign_id == campaign_id})


# ---- send_message_to_phone -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "parts"), [("One time message for you.", 1), ("y" * 161, 2), ("ж" * 140, 3)])
def test_send_to_phone_answers_one_result_per_part(
    emulator: Emulator, client: AuthenticatedClient, text: str, parts: int
) -> None:
    """One PhoneSend per SMS part: partSent 1..n, a gateway id each, status 0 (an int, sent as "0")."""
    sender, phone = new_sender(emulator), unique_phone()  # the phone needs no subscription
    before = to_the_second(emulator.store.now())
    results = call(send_message_to_phone, client=client, message_text=text, phone=phone, sender_code=sender.code)
    assert all(isinstance(result, PhoneSend) for result in results)
    assert [result.part_sent for result in results] == list(range(1, parts + 1))
    for result in results:
        assert (result.phone, result.total_parts, result.sender_id) == (phone, parts, sender.id)
        assert result.status == 0 and isinstance(result.status, int)
        assert result.success is True
        assert re.fullmatch(r"[0-9A-F]{16}", result.message_id)
        assert isinstance(result.created, datetime)
        assert before <= result.created <= emulator.store.now()
    assert len({result.message_id for result in results}) == parts
    recorded = sends_to(emulator, phone)
    assert [send.gateway_id for send in recorded] == [result.message_id for result in results]
    assert "".join(send.text for send in recorded) == text
    assert all(send.sender_id == sender.id and send.campaign_id == 0 for send in recorded)


def test_a_stopped_phone_gets_nothing(emulator: Emulator, client: AuthenticatedClient) -> None:
    """Opt-outs are honoured with no override: after stop_subscriber_send the phone gets no part from that sender
    code (the emulator answers an empty list), but still gets sends from another sender code."""
    stopped_sender, other_sender, contact = new_sender(emulator), new_sender(emulator), new_contact(emulator)
    call(stop_subscriber_send, client=client, phone=contact.phone, sender_code=stopped_sender.code)
    results = call(
        send_message_to_phone,
        client=client,
        message_text="Are you there?",
        phone=contact.phone,
        sender_code=stopped_sender.code,
    )
    assert results == []
    assert sends_to(emulator, contact.phone) == []
    results = call(
        send_message_to_phone,
        client=client,
        message_text="Other code",
        phone=contact.phone,
        sender_code=other_sender.code,
    )
    assert len(results) == 1
    assert [(send.sender_id, send.text) for send in sends_to(emulator, contact.phone)] == [
        (other_sender.id, "Other code")
    ]


def test_send_to_phone_from_an_unknown_sender_code_fails(emulator: Emulator, client: AuthenticatedClient) -> None:
    """The documented 500: "Error getting sender with senderCode X realmID: N"."""
    phone = unique_phone()
    with pytest.raises(errors.CommandFailedError) as failure:
        call(send_message_to_phone, client=client, message_text="Hi", phone=phone, sender_code="99998")
    assert failure.value.status == 500
    assert failure.value.error == f"Error getting sender with senderCode 99998 realmID: {emulator.realm().realm_id}"
    assert sends_to(emulator, phone) == []


def test_send_to_phone_from_the_examples_sender_code(emulator: Emulator, client: AuthenticatedClient) -> None:
    """The docs' example sender code 2065551212 is a sender code of the demo realm."""
    phone = unique_phone()
    results = call(send_message_to_phone, client=client, message_text="Hello", phone=phone, sender_code="2065551212")
    assert [result.sender_id for result in results] == [emulator.realm().senders["2065551212"].id]


# ---- send_message_to_sender_code -------------------------------------------------------------------------------


def audience(emulator: Emulator, client: AuthenticatedClient) -> tuple[Sender, dict[str, str]]:
    """A sender code of its own with: two contacts without a group, one in group `vip`, one in `vip` and also
    without a group, and one without a group that stopped its sends. Returns the sender and the phones by role."""
    sender = new_sender(emulator)
    phones = {role: unique_phone() for role in ("plain", "plain2", "vip", "both", "stopped")}
    for role, phone in phones.items():
        email = f"{role}@example.com"
        if role in ("vip", "both"):
            call(
                add_subscriber_to_sender_code,
                client=client,
                email=email,
                phone=phone,
                sender_code=sender.code,
                group_name="vip",
            )
        if role != "vip":
            if role == "both":
                call(add_phone_to_sender_code, client=client, phone=phone, sender_code=sender.code)
            else:
                call(add_subscriber_to_sender_code, client=client, email=email, phone=phone, sender_code=sender.code)
    call(stop_subscriber_send, client=client, phone=phones["stopped"], sender_code=sender.code)
    return sender, phones


def test_campaign_to_every_subscriber_but_the_stopped(emulator: Emulator, client: AuthenticatedClient) -> None:
    sender, phones = audience(emulator, client)
    message = new_message(client, text="Big sale")
    name = unique_name("campaign")
    campaign = call(
        send_message_to_sender_code,
        client=client,
        sms_message_name=message.name,
        sms_sender_code=sender.code,
        sms_campaign_name=name,
        description="spring",
    )
    assert isinstance(campaign, Campaign)
    assert (campaign.name, campaign.description, campaign.status) == (name, "spring", "submitted")
    assert (campaign.message_id, campaign.sender_id, campaign.group_id) == (message.id, sender.id, 0)
    assert campaign.subscriber_count == 4  # plain, plain2, vip, both (once): not the stopped one
    assert isinstance(campaign.created, datetime)
    expected = sorted(phones[role] for role in ("plain", "plain2", "vip", "both"))
    assert campaign_phones(emulator, campaign.id) == expected
    assert all(send.text == "Big sale" for send in emulator.realm().sends if send.campaign_id == campaign.id)
    stored = emulator.realm().campaigns[campaign.id]
    assert (stored.name, stored.subscriber_count, stored.description) == (name, 4, "spring")


def test_campaign_to_a_group(emulator: Emulator, client: AuthenticatedClient) -> None:
    sender, phones = audience(emulator, client)
    message = new_message(client)
    campaign = call(
        send_message_to_sender_code,
        client=client,
        sms_message_name=message.name,
        sms_sender_code=sender.code,
        sms_campaign_name=unique_name("vip campaign"),
        group_name="vip",
    )
    assert campaign.subscriber_count == 2
    assert emulator.realm().groups[campaign.group_id].name == "vip"
    assert campaign_phones(emulator, campaign.id) == sorted([phones["vip"], phones["both"]])


def test_a_stop_after_subscribing_lowers_the_count(emulator: Emulator, client: AuthenticatedClient) -> None:
    sender, phones = audience(emulator, client)
    message = new_message(client)

    def campaign(name: str) -> Campaign:
        return call(
            send_message_to_sender_code,
            client=client,
            sms_message_name=message.name,
            sms_sender_code=sender.code,
            sms_campaign_name=unique_name(name),
        )

    before = campaign("before")
    call(stop_subscriber_send, client=client, phone=phones["both"], sender_code=sender.code)
    after = campaign("after")
    assert (before.subscriber_count, after.subscriber_count) == (4, 3)
    assert phones["both"] not in campaign_phones(emulator, after.id)


def test_campaign_to_a_sender_code_without_subscribers(emulator: Emulator, client: AuthenticatedClient) -> None:
    sender, message = new_sender(emulator), new_message(client)
    campaign = call(
        send_message_to_sender_code,
        client=client,
        sms_message_name=message.name,
        sms_sender_code=sender.code,
        sms_campaign_name=unique_name("empty"),
    )
    assert campaign.subscriber_count == 0
    assert campaign_phones(emulator, campaign.id) == []


def test_campaign_of_an_unknown_message_fails(emulator: Emulator, client: AuthenticatedClient) -> None:
    sender = new_sender(emulator)
    call(
        add_subscriber_to_sender_code,
        client=client,
        email="m@example.com",
        phone=unique_phone(),
        sender_code=sender.code,
    )
    missing, name = unique_name("no such message"), unique_name("campaign")
    with pytest.raises(errors.CommandFailedError) as failure:
        call(
            send_message_to_sender_code,
            client=client,
            sms_message_name=missing,
            sms_sender_code=sender.code,
            sms_campaign_name=name,
        )
    assert failure.value.status == 500
    assert failure.value.error == f"Error getting message with name {missing} realmID: {emulator.realm().realm_id}"
    assert all(campaign.name != name for campaign in emulator.realm().campaigns.values())


def test_campaign_from_an_unknown_sender_code_fails(emulator: Emulator, client: AuthenticatedClient) -> None:
    message, name = new_message(client), unique_name("campaign")
    with pytest.raises(errors.CommandFailedError) as failure:
        call(
            send_message_to_sender_code,
            client=client,
            sms_message_name=message.name,
            sms_sender_code="99997",
            sms_campaign_name=name,
        )
    assert failure.value.error == f"Error getting sender with senderCode 99997 realmID: {emulator.realm().realm_id}"
    assert all(campaign.name != name for campaign in emulator.realm().campaigns.values())
