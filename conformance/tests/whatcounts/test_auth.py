"""Authentication (HTTP Basic realm:apiPassword, plus x-api-key for a named API client), the vendor Accept header,
and the isolation of realms."""

from __future__ import annotations

import base64

import pytest
from smsgw_whatcounts.client import AuthenticatedClient
from smsgw_whatcounts.overlay import ApiClient, Message, call, connect, errors, iter_messages
from smsgw_whatcounts.overlay.operations import (
    create_message,
    get_messages,
    send_message_to_phone,
    stop_subscriber_send,
)

from conformance.emulators.whatcounts import DEMO_ACCOUNT

from .builders import capture_requests, new_message, unique_name, unique_phone
from .conftest import OTHER_REALM, Emulator

VENDOR_MEDIA_TYPE = "application/vnd.whatcounts-v1+json"
API_CLIENT_NAME, API_CLIENT_AUTH = next(iter(DEMO_ACCOUNT.api_clients.items()))


def basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode("ascii")


def test_valid_credentials_work(emulator: Emulator, client: AuthenticatedClient) -> None:
    requests = capture_requests(client)
    page: list[Message] = call(get_messages, client=client)
    assert page[0].name == "welcome"
    assert requests[0].headers["authorization"] == basic(DEMO_ACCOUNT.name, DEMO_ACCOUNT.api_password)
    assert "x-api-key" not in requests[0].headers  # the realm's default API client sends none


def test_the_named_api_client_works(emulator: Emulator, api_client_client: AuthenticatedClient) -> None:
    requests = capture_requests(api_client_client)
    message = new_message(api_client_client, text="via the named API client")
    assert emulator.realm().messages[message.id].text == "via the named API client"
    expected_key = base64.b64encode(f"{API_CLIENT_NAME}:{API_CLIENT_AUTH}".encode()).decode("ascii")
    assert requests[0].headers["x-api-key"] == expected_key
    assert requests[0].headers["authorization"] == basic(DEMO_ACCOUNT.name, DEMO_ACCOUNT.api_password)


@pytest.mark.parametrize(
    ("realm", "password", "api_client"),
    [
        (DEMO_ACCOUNT.name, "wrong-password", None),
        (DEMO_ACCOUNT.name, "", None),
        ("no-such-realm", DEMO_ACCOUNT.api_password, None),
        (OTHER_REALM.name, DEMO_ACCOUNT.api_password, None),  # another realm's password
        (DEMO_ACCOUNT.name, DEMO_ACCOUNT.api_password, ApiClient(API_CLIENT_NAME, "wrong-auth")),
        (DEMO_ACCOUNT.name, DEMO_ACCOUNT.api_password, ApiClient("no-such-client", API_CLIENT_AUTH)),
        (DEMO_ACCOUNT.name, "wrong-password", ApiClient(API_CLIENT_NAME, API_CLIENT_AUTH)),
    ],
    ids=[
        "wrong-password",
        "empty-password",
        "unknown-realm",
        "other-realms-password",
        "wrong-api-client-auth",
        "unknown-api-client",
        "good-api-client-wrong-password",
    ],
)
def test_wrong_credentials_are_unauthorized(
    emulator: Emulator, realm: str, password: str, api_client: ApiClient | None
) -> None:
    """401 raises UnauthorizedError, for a read and for a write, and the write changes nothing."""
    bad = connect(emulator.site_url, realm, password, api_client=api_client)
    with pytest.raises(errors.UnauthorizedError) as failure:
        call(get_messages, client=bad)
    assert failure.value.status == 401
    name = unique_name("unauthorized")
    with pytest.raises(errors.UnauthorizedError):
        call(create_message, client=bad, message_name=name, message_text="never stored", label="sms")
    assert all(realm_state.message_named(name) is None for realm_state in emulator.store.realms.values())


def test_the_vendor_accept_header_is_sent(client: AuthenticatedClient, api_client_client: AuthenticatedClient) -> None:
    """Every request asks for `application/vnd.whatcounts-v1+json`, also the ones iter_messages and the
    created-anyway lookup make."""
    seen = capture_requests(client)
    named_seen = capture_requests(api_client_client)
    call(get_messages, client=client)
    list(iter_messages(client))
    with pytest.raises(errors.MessageCreatedWithErrorError):
        call(create_message, client=client, message_name=unique_name("accept"), message_text="t", label="undefined")
    call(get_messages, client=api_client_client)
    assert len(seen) >= 4 and len(named_seen) == 1
    for request in seen + named_seen:
        assert request.headers["accept"] == VENDOR_MEDIA_TYPE


def other_client(emulator: Emulator) -> AuthenticatedClient:
    return connect(emulator.site_url, OTHER_REALM.name, OTHER_REALM.api_password)


def test_realms_are_isolated(emulator: Emulator, client: AuthenticatedClient) -> None:
    """OTHER_REALM sees none of the demo realm's messages, may use the same names, and the demo realm does not see
    its messages either."""
    other = other_client(emulator)
    demo_message = new_message(client, text="demo only")
    demo_ids = {message.id for message in iter_messages(client)}
    other_messages = list(iter_messages(other))
    assert demo_message.id not in {message.id for message in other_messages}
    assert not demo_ids & {message.id for message in other_messages}
    assert "welcome" not in {message.name for message in other_messages}
    assert all(message.realm_id == emulator.realm(OTHER_REALM.name).realm_id for message in other_messages)

    same_name: Message = call(create_message, client=other, message_name=demo_message.name, message_text="other's")
    assert same_name.id != demo_message.id
    assert same_name.realm_id != demo_message.realm_id
    assert [m.text for m in iter_messages(other) if m.name == demo_message.name] == ["other's"]
    assert [m.text for m in iter_messages(client) if m.name == demo_message.name] == ["demo only"]


def test_another_realms_sender_codes_and_phones_are_unknown(emulator: Emulator) -> None:
    """The demo realm's sender code and contact do not exist in OTHER_REALM: its own realm id is in the errors."""
    other = other_client(emulator)
    other_id = emulator.realm(OTHER_REALM.name).realm_id
    with pytest.raises(errors.CommandFailedError) as failure:
        call(send_message_to_phone, client=other, message_text="Hi", phone=unique_phone(), sender_code="2065551212")
    assert failure.value.error == f"Error getting sender with senderCode 2065551212 realmID: {other_id}"
    with pytest.raises(errors.CommandFailedError) as failure:
        call(stop_subscriber_send, client=other, phone="12065959696", sender_code="2065551212")
    assert (
        failure.value.error == f"An error occurred processing STOP sends for phone [12065959696] realmId [{other_id}]"
    )
    assert not emulator.realm().opted_out("12065959696", emulator.realm().senders["2065551212"])
