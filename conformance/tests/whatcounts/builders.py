"""Helpers for the WhatCounts client tests: unique names, records the API cannot make, and request capture.

The emulator is shared by the whole session, so every test makes its own messages, sender codes and phones,
with names and numbers no other test uses. The API has no command to define a sender code or to make an SMS
contact without subscribing it, so those go straight into the emulator's state.
"""

from __future__ import annotations

import itertools
import uuid
from datetime import datetime

import httpx
from smsgw_whatcounts.client import AuthenticatedClient
from smsgw_whatcounts.overlay import Message, call
from smsgw_whatcounts.overlay.operations import create_message

from conformance.emulators.whatcounts.state import RealmState, Sender, Store, Subscriber

from .conftest import Emulator

_serial = itertools.count(1)
RUN = uuid.uuid4().hex[:8]  # names made by this session


def unique_name(prefix: str = "test") -> str:
    """A message (or campaign) name no other test uses."""
    return f"{prefix} {RUN}-{next(_serial)}"


def unique_phone() -> str:
    """A phone number (11 digits, US style) no other test uses and the demo dataset does not have."""
    return f"1555{next(_serial):07d}"


def new_sender(emulator: Emulator, realm: RealmState | None = None) -> Sender:
    """A sender code of its own, with no subscribers, in the demo realm (or `realm`)."""
    realm = realm or emulator.realm()
    code = f"7{next(_serial):08d}"
    sender = Sender(emulator.store.next_id("sender"), code)
    realm.senders[code] = sender
    return sender


def new_contact(emulator: Emulator, email: str | None = None) -> Subscriber:
    """An SMS contact of the demo realm with a phone of its own, subscribed nowhere."""
    store: Store = emulator.store
    phone = unique_phone()
    subscriber = Subscriber(store.next_id("subscriber"), phone, email, None, None, store.now())
    emulator.realm().subscribers[phone] = subscriber
    return subscriber


def new_message(client: AuthenticatedClient, text: str = "Hello there", **kwargs: str) -> Message:
    """A message with a name of its own, made through create_message."""
    message: Message = call(create_message, client=client, message_name=unique_name("msg"), message_text=text, **kwargs)
    return message


def capture_requests(client: AuthenticatedClient) -> list[httpx.Request]:
    """Every request the client sends from now on, as it went on the wire (after the auth flow)."""
    seen: list[httpx.Request] = []
    client.get_httpx_client().event_hooks["request"] = [seen.append]
    return seen


def capture_responses(client: AuthenticatedClient) -> list[httpx.Response]:
    """Every response the client receives from now on (read by the time the call returns)."""
    seen: list[httpx.Response] = []
    client.get_httpx_client().event_hooks["response"] = [seen.append]
    return seen


def to_the_second(moment: datetime) -> datetime:
    """What the API's dates keep of a moment: no fraction of a second."""
    return moment.replace(microsecond=0)
