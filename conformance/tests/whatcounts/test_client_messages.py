"""Client tests of create_message and get_messages (and the overlay's iter_messages), against the served emulator.

The emulator is shared by the session: each test makes messages with names of its own (builders.unique_name) and
compares with what the realm holds at that moment, never with a fixed count.
"""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta

import pytest
from smsgw_whatcounts.client import AuthenticatedClient
from smsgw_whatcounts.overlay import Message, acall, call, errors, iter_messages
from smsgw_whatcounts.overlay.operations import create_message, get_messages

from conformance.emulators.whatcounts import state
from conformance.emulators.whatcounts.fixtures import WELCOME_TEXT

from .builders import new_message, to_the_second, unique_name
from .conftest import Emulator


def messages_named(client: AuthenticatedClient, name: str) -> list[Message]:
    return [message for message in iter_messages(client) if message.name == name]


# ---- create_message --------------------------------------------------------------------------------------------


def test_create_message_answers_the_new_message(emulator: Emulator, client: AuthenticatedClient) -> None:
    name = unique_name("create")
    before = to_the_second(emulator.store.now())
    message = call(create_message, client=client, message_name=name, message_text="Welcome to SMS")
    after = emulator.store.now()
    assert isinstance(message, Message)
    assert (message.name, message.text, message.labels, message.total_parts) == (name, "Welcome to SMS", (), 1)
    assert message.realm_id == emulator.realm().realm_id
    assert isinstance(message.created, datetime) and isinstance(message.updated, datetime)
    assert before <= message.created <= after
    assert message.updated == message.created
    stored = emulator.realm().messages[message.id]
    assert (stored.name, stored.text, stored.labels) == (name, "Welcome to SMS", ())
    assert messages_named(client, name) == [message]


def test_create_message_with_labels(emulator: Emulator, client: AuthenticatedClient) -> None:
    """`label` is a comma-separated list of the realm's labels; the message keeps them, in order."""
    message = new_message(client, label="welcome,sms")
    assert message.labels == ("welcome", "sms")
    assert emulator.realm().messages[message.id].labels == ("welcome", "sms")
    assert messages_named(client, message.name)[0].labels == ("welcome", "sms")


def test_label_names_are_trimmed_and_kept_once(emulator: Emulator, client: AuthenticatedClient) -> None:
    message = new_message(client, label=" sms , daily,sms")
    assert message.labels == ("sms", "daily")
    assert emulator.realm().messages[message.id].labels == ("sms", "daily")


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("x" * 160, 1),  # GSM-7: 160 in one SMS
        ("x" * 161, 2),  # split: 153 per part
        ("x" * 307, 3),
        ("€" * 80, 1),  # an extension character counts two septets
        ("€" * 81, 2),
        ("ж" * 70, 1),  # UCS-2: 70 in one SMS
        ("ж" * 71, 2),  # split: 67 per part
    ],
)
def test_total_parts(client: AuthenticatedClient, text: str, parts: int) -> None:
    message = new_message(client, text=text)
    assert message.total_parts == parts
    assert messages_named(client, message.name)[0].total_parts == parts


@pytest.mark.parametrize("blank", [" ", "   ", "\n", "\t \n"])
def test_blank_name_fails(emulator: Emulator, client: AuthenticatedClient, blank: str) -> None:
    """A blank name is a documented 500; nothing is created, and the error is a plain CommandFailedError."""
    count = len(emulator.realm().messages)
    text = unique_name("text of a nameless message")
    with pytest.raises(errors.CommandFailedError) as failure:
        call(create_message, client=client, message_name=blank, message_text=text)
    assert type(failure.value) is errors.CommandFailedError
    assert failure.value.status == 500
    assert failure.value.error == "SMS message name is required"
    assert len(emulator.realm().messages) == count
    assert not [message for message in iter_messages(client) if message.text == text]


@pytest.mark.parametrize("blank", [" ", "\n"])
def test_blank_text_fails(emulator: Emulator, client: AuthenticatedClient, blank: str) -> None:
    name = unique_name("blank text")
    with pytest.raises(errors.CommandFailedError) as failure:
        call(create_message, client=client, message_name=name, message_text=blank)
    assert type(failure.value) is errors.CommandFailedError
    assert failure.value.error == "SMS message text is required"
    assert emulator.realm().message_named(name) is None
    assert messages_named(client, name) == []


@pytest.mark.parametrize("same_text", [False, True])
def test_duplicate_name_fails_and_keeps_the_first(client: AuthenticatedClient, same_text: bool) -> None:
    """A name the realm has already is a documented 500, whatever the text: the first message stays as it was,
    and no second one appears. Without `label` it is a plain CommandFailedError, not "created with error"."""
    first = new_message(client, text="first text")
    text = "first text" if same_text else "second text"
    with pytest.raises(errors.CommandFailedError) as failure:
        call(create_message, client=client, message_name=first.name, message_text=text)
    assert type(failure.value) is errors.CommandFailedError
    assert failure.value.status == 500
    assert f"[{first.name}] already exists" in failure.value.error
    assert messages_named(client, first.name) == [first]


def test_undefined_label_creates_the_message_and_answers_500(emulator: Emulator, client: AuthenticatedClient) -> None:
    """The documented 500 that is not a failure: the message exists (with the labels the realm defines), and the
    overlay raises MessageCreatedWithErrorError carrying it."""
    name = unique_name("undefined label")
    with pytest.raises(errors.MessageCreatedWithErrorError) as failure:
        call(create_message, client=client, message_name=name, message_text="Sale today", label="welcome,no-such")
    created = failure.value.created
    assert isinstance(failure.value, errors.CommandFailedError)
    assert failure.value.status == 500
    assert "no-such" in failure.value.error
    assert (created.name, created.text, created.labels) == (name, "Sale today", ("welcome",))
    assert isinstance(created.created, datetime)
    assert messages_named(client, name) == [created]
    stored = emulator.realm().messages[created.id]
    assert (stored.name, stored.labels) == (name, ("welcome",))


def test_duplicate_name_with_a_label_is_still_a_failure(client: AuthenticatedClient) -> None:
    """A duplicate name with another text, `label` given: nothing was created, so no MessageCreatedWithErrorError."""
    first = new_message(client, text="original")
    with pytest.raises(errors.CommandFailedError) as failure:
        call(create_message, client=client, message_name=first.name, message_text="another", label="sms")
    assert type(failure.value) is errors.CommandFailedError
    assert messages_named(client, first.name) == [first]


@pytest.mark.parametrize("label", [",", "sms,", ",sms", "sms,,welcome"])
def test_malformed_label_list_is_a_bad_request(emulator: Emulator, client: AuthenticatedClient, label: str) -> None:
    name = unique_name("bad label")
    with pytest.raises(errors.BadRequestError) as failure:
        call(create_message, client=client, message_name=name, message_text="text", label=label)
    assert failure.value.status == 400
    assert emulator.realm().message_named(name) is None


# ---- get_messages and iter_messages -----------------------------------------------------------------------------


def test_get_messages_lists_the_demo_message_first(client: AuthenticatedClient) -> None:
    page: list[Message] = call(get_messages, client=client)
    assert page, "the demo realm has its welcome message"
    welcome = page[0]
    assert (welcome.name, welcome.text, welcome.labels) == ("welcome", WELCOME_TEXT, ("welcome", "sms"))
    assert all(isinstance(message, Message) for message in page)


def test_new_messages_come_last_in_creation_order(client: AuthenticatedClient) -> None:
    made = [new_message(client, text=f"number {n}") for n in range(3)]
    listed = list(iter_messages(client))
    assert listed[-3:] == made
    ids = [message.id for message in listed]
    assert ids == sorted(ids)


@pytest.mark.parametrize(
    "moment",
    [
        datetime(2018, 3, 22, 16, 5, 11),  # the docs' "Mar 22, 2018 4:05:11 PM"
        datetime(2018, 3, 16, 9, 10, 50),  # a morning hour: "9:10:50 AM"
        datetime(2019, 1, 1, 0, 0, 0),  # midnight: "12:00:00 AM"
        datetime(2020, 2, 29, 12, 0, 1),  # noon: "12:00:01 PM"
        datetime(2021, 12, 31, 23, 59, 59),
    ],
)
def test_dates_are_parsed_to_datetimes(emulator: Emulator, client: AuthenticatedClient, moment: datetime) -> None:
    """createdDate and updatedDate come back as the naive datetimes the realm holds (to the second)."""
    realm = emulator.realm()
    updated = moment + timedelta(days=400, hours=5)
    record = state.Message(emulator.store.next_id("message"), unique_name("dated"), "dated", (), 1, moment, updated)
    realm.messages[record.id] = record
    (listed,) = messages_named(client, record.name)
    assert (listed.created, listed.updated) == (moment, updated)
    assert listed.created.tzinfo is None


def test_paging_over_more_than_500_messages(emulator: Emulator, client: AuthenticatedClient) -> None:
    """iter_messages yields every message of the realm once, oldest first, across pages of 500; get_messages with
    skip=500 is the second page. The messages are put straight into the state (fast), then read through the API."""
    realm, now = emulator.realm(), emulator.store.now()
    prefix = unique_name("page")
    for n in range(max(0, 1001 - len(realm.messages)) + 50):  # at least three pages
        record = state.Message(emulator.store.next_id("message"), f"{prefix} #{n}", f"text {n}", (), 1, now, now)
        realm.messages[record.id] = record
    expected = sorted(realm.messages.values(), key=lambda record: record.id)
    assert len(expected) > 1000

    everything = list(iter_messages(client))
    assert [(m.id, m.name, m.text) for m in everything] == [(r.id, r.name, r.text) for r in expected]
    assert len({message.id for message in everything}) == len(everything)

    first: list[Message] = call(get_messages, client=client)
    second: list[Message] = call(get_messages, client=client, skip=500)
    third: list[Message] = call(get_messages, client=client, skip=1000)
    assert (len(first), len(second)) == (500, 500)
    assert first == everything[:500]
    assert second == everything[500:1000]
    assert third == everything[1000:1500]
    assert second[0].id == expected[500].id
    beyond: list[Message] = call(get_messages, client=client, skip=len(expected))
    assert beyond == []


def test_negative_skip_is_a_bad_request(client: AuthenticatedClient) -> None:
    with pytest.raises(errors.BadRequestError) as failure:
        call(get_messages, client=client, skip=-1)
    assert failure.value.status == 400


def test_acall_tells_created_with_error_from_a_failure(emulator: Emulator, client: AuthenticatedClient) -> None:
    """The async path makes the same distinction: an undefined label gives the created message, a duplicate name
    without `label` a plain CommandFailedError."""

    async def scenario() -> tuple[BaseException, BaseException]:
        name = unique_name("async")
        with pytest.raises(errors.MessageCreatedWithErrorError) as created:
            await acall(create_message, client=client, message_name=name, message_text="async", label="sms,nope")
        with pytest.raises(errors.CommandFailedError) as duplicate:
            await acall(create_message, client=client, message_name=name, message_text="async")
        return created.value, duplicate.value

    created, duplicate = asyncio.run(scenario())
    assert isinstance(created, errors.MessageCreatedWithErrorError)
    assert (created.created.text, created.created.labels) == ("async", ("sms",))
    assert emulator.realm().messages[created.created.id].name == created.created.name
    assert type(duplicate) is errors.CommandFailedError
    assert messages_named(client, created.created.name) == [created.created]
