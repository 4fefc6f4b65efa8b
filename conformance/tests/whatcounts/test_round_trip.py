"""Free text in path segments survives the trip: what the client sends is what the service stores and answers.

Message names and texts, campaign names and e-mail addresses travel as path segments. The generated operations
percent-encode each value whole (`quote(..., safe="")`): `/` must not split the path, `+` must not turn into a
space (the service reads a bare `+` as one), `?` and `#` must not end the path, `%` must not start an escape.
"""

from __future__ import annotations

from urllib.parse import quote

import pytest
from smsgw_whatcounts.client import AuthenticatedClient
from smsgw_whatcounts.overlay import Message, call, iter_messages
from smsgw_whatcounts.overlay.operations import (
    add_subscriber_to_sender_code,
    create_message,
    get_messages,
    send_message_to_sender_code,
)

from .builders import capture_requests, new_message, new_sender, unique_name, unique_phone
from .conftest import AWKWARD, Emulator

# Each awkward character and how it must look in the request path.
ENCODED = {"/": "%2F", "+": "%2B", "?": "%3F", "#": "%23", "%": "%25", "&": "%26", "ü": "%C3%BC", "\n": "%0A"}


def listed(client: AuthenticatedClient, message_id: int) -> Message:
    """The message as iter_messages reads it back."""
    (found,) = [message for message in iter_messages(client) if message.id == message_id]
    return found


def test_awkward_name_and_text_round_trip(emulator: Emulator, client: AuthenticatedClient) -> None:
    """THE round trip: a name and a text holding `/ + ? # % & ü` and a line break come back exactly."""
    assert all(char in AWKWARD for char in ENCODED)
    requests = capture_requests(client)
    created: Message = call(create_message, client=client, message_name=AWKWARD, message_text=AWKWARD)
    assert (created.name, created.text) == (AWKWARD, AWKWARD)

    stored = emulator.realm().messages[created.id]
    assert (stored.name, stored.text) == (AWKWARD, AWKWARD)
    assert listed(client, created.id) == created
    pages: list[Message] = []
    skip = 0
    while page := call(get_messages, client=client, skip=skip):
        pages += page
        skip += 500
    assert [(m.name, m.text) for m in pages if m.id == created.id] == [(AWKWARD, AWKWARD)]

    raw_path = requests[0].url.raw_path.decode("ascii")
    encoded = quote(AWKWARD, safe="")
    assert raw_path == f"/rest/sms/createMessage/{encoded}/{encoded}"
    assert "%2B" in raw_path and "%2F" in raw_path
    assert "+" not in raw_path and raw_path.count("/") == 5  # no bare plus, no slash of the text
    assert " " not in raw_path and "?" not in raw_path and "#" not in raw_path


@pytest.mark.parametrize(
    "char", list(ENCODED), ids=["slash", "plus", "question", "hash", "percent", "amp", "u-umlaut", "newline"]
)
def test_each_awkward_character_alone(emulator: Emulator, client: AuthenticatedClient, char: str) -> None:
    """One awkward character at a time, at the start, in the middle (doubled) and at the end of the name; the text
    is the character alone (with letters around a line break, since a blank text is refused)."""
    name = f"{char}{unique_name('alone')}{char}{char}"
    text = char if char.strip() else f"one{char}two"
    requests = capture_requests(client)
    created: Message = call(create_message, client=client, message_name=name, message_text=text)
    assert (created.name, created.text) == (name, text)
    assert (emulator.realm().messages[created.id].name, emulator.realm().messages[created.id].text) == (name, text)
    assert listed(client, created.id) == created

    raw_path = requests[0].url.raw_path.decode("ascii")
    segments = raw_path.split("/")
    assert segments[:4] == ["", "rest", "sms", "createMessage"] and len(segments) == 6
    assert segments[4].startswith(ENCODED[char]) and segments[4].endswith(ENCODED[char] * 2)
    assert ENCODED[char] in segments[5]


def test_plus_and_space_stay_apart(emulator: Emulator, client: AuthenticatedClient) -> None:
    """A space goes as %20, a plus as %2B: the service reads a bare `+` as a space, so neither may be sent bare."""
    name = f"a + b {unique_name('plus')}"
    requests = capture_requests(client)
    created: Message = call(create_message, client=client, message_name=name, message_text="1+1 = 2")
    assert (created.name, created.text) == (name, "1+1 = 2")
    assert listed(client, created.id).text == "1+1 = 2"
    raw_path = requests[0].url.raw_path.decode("ascii")
    assert raw_path.endswith("/1%2B1%20%3D%202")
    assert "a%20%2B%20b%20" in raw_path


def test_awkward_campaign_name_and_description(emulator: Emulator, client: AuthenticatedClient) -> None:
    """The campaign name (a path segment) and its description and group (query parameters) arrive as sent; so
    does an awkward message name used to pick the message."""
    sender = new_sender(emulator)
    message = new_message(client, text="Campaign text")
    awkward_message: Message = call(
        create_message, client=client, message_name=f"{AWKWARD} {unique_name()}", message_text="Awkward one"
    )
    campaign_name = f"{AWKWARD} {unique_name('campaign')}"
    description = "50% off + free shipping? #deal & more = ü/ö"
    group = "vip + gold / ü & co"
    requests = capture_requests(client)
    campaign = call(
        send_message_to_sender_code,
        client=client,
        sms_message_name=awkward_message.name,
        sms_sender_code=sender.code,
        sms_campaign_name=campaign_name,
        description=description,
        group_name=group,
    )
    assert (campaign.name, campaign.description, campaign.message_id) == (
        campaign_name,
        description,
        awkward_message.id,
    )
    stored = emulator.realm().campaigns[campaign.id]
    assert (stored.name, stored.description, stored.message_id) == (campaign_name, description, awkward_message.id)
    assert emulator.realm().groups[stored.group_id].name == group
    assert message.id != awkward_message.id
    path = requests[0].url.raw_path.decode("ascii").split("?")[0]
    assert path.split("/")[-1] == quote(campaign_name, safe="")
    assert requests[0].url.params["description"] == description


@pytest.mark.parametrize(
    "local_part",
    ["a/b", "x+tag", "what?now", "#hash", "100%", "tom&jerry", "jürgen", "o'neil=1"],
)
def test_awkward_email_round_trips(emulator: Emulator, client: AuthenticatedClient, local_part: str) -> None:
    """An e-mail address with awkward characters (no white space: the pattern allows none) is stored as sent."""
    sender, phone = new_sender(emulator), unique_phone()
    email = f"{local_part}@example.com"
    requests = capture_requests(client)
    added = call(add_subscriber_to_sender_code, client=client, email=email, phone=phone, sender_code=sender.code)
    assert added.phone == phone
    assert emulator.realm().subscribers[phone].email == email
    segments = requests[0].url.raw_path.decode("ascii").split("/")
    assert segments[-3] == quote(email, safe="")
