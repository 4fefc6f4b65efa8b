"""The WhatCounts emulator's state: realms and everything each realm owns.

Plain dataclasses and dicts, one `RealmState` per configured realm; a realm never sees another's records.
Handlers read and change it; nothing here knows about HTTP. Time comes from `Store.clock`.

Record ids come from one counter per kind of record for the whole store (as a database's would), so two realms
never share an id; `reset_data` starts them over.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

GATEWAY_ID_BASE = 0x13000000_00000000  # gateway message ids look like the docs' "13000000AB005CC6"
FIRST_REALM_ID = 10  # the docs' examples are in realm 10


@dataclass(frozen=True)
class Realm:
    """A configured realm: its name and API password (HTTP Basic), its named API clients (name -> auth, sent as
    `x-api-key`), and whether its SMS contacts need a customer key. `repr` leaves the secrets out.

    `realm_id` None: the store gives it the next free id from FIRST_REALM_ID."""

    name: str
    api_password: str = field(repr=False)
    api_clients: Mapping[str, str] = field(default_factory=dict, repr=False, hash=False)
    requires_customer_key: bool = False
    realm_id: int | None = None


@dataclass
class Message:
    id: int
    name: str
    text: str
    labels: tuple[str, ...]
    total_parts: int
    created: datetime
    updated: datetime


@dataclass
class Sender:
    """A sender code (short code or long number)."""

    id: int
    code: str


@dataclass
class Group:
    """A named group of one sender code."""

    id: int
    sender_id: int
    name: str


@dataclass
class Subscriber:
    """An SMS contact of the realm, known by its phone number."""

    id: int
    phone: str
    email: str | None
    first: str | None
    customer_key: str | None
    created: datetime


@dataclass
class Subscription:
    """A phone subscribed to a sender code, in one of its groups or none (group_id 0)."""

    id: int
    subscriber_id: int
    sender_id: int
    group_id: int
    created: datetime
    updated: datetime
    authenticated: bool = False


@dataclass
class OptOut:
    """A phone that stopped sends from a sender code."""

    id: int
    subscriber_id: int
    sender_id: int
    phone: str
    created: datetime
    updated: datetime
    campaign_id: int = 0


@dataclass
class Campaign:
    id: int
    message_id: int
    sender_id: int
    group_id: int
    subscriber_count: int
    name: str
    description: str | None
    created: datetime
    updated: datetime
    status: str = "submitted"


@dataclass
class Send:
    """One SMS part handed to the gateway (from send_message_to_phone, or a campaign's)."""

    gateway_id: str
    phone: str
    sender_id: int
    text: str
    part: int
    total_parts: int
    created: datetime
    campaign_id: int = 0


@dataclass
class RealmState:
    """Everything one realm owns."""

    realm: Realm
    realm_id: int
    requires_customer_key: bool = False
    labels: set[str] = field(default_factory=set)  # the labels the realm defines (by name)
    messages: dict[int, Message] = field(default_factory=dict)  # id -> message, in creation order
    senders: dict[str, Sender] = field(default_factory=dict)  # sender code -> sender
    groups: dict[int, Group] = field(default_factory=dict)  # id -> group
    subscribers: dict[str, Subscriber] = field(default_factory=dict)  # phone -> SMS contact
    subscriptions: dict[int, Subscription] = field(default_factory=dict)  # id -> subscription
    opt_outs: dict[tuple[str, int], OptOut] = field(default_factory=dict)  # (phone, sender id) -> opt-out
    campaigns: dict[int, Campaign] = field(default_factory=dict)
    sends: list[Send] = field(default_factory=list)

    def message_named(self, name: str) -> Message | None:
        return next((message for message in self.messages.values() if message.name == name), None)

    def group_named(self, sender: Sender, name: str) -> Group | None:
        return next((g for g in self.groups.values() if g.sender_id == sender.id and g.name == name), None)

    def subscription(self, subscriber: Subscriber, sender: Sender, group_id: int) -> Subscription | None:
        return next(
            (
                s
                for s in self.subscriptions.values()
                if (s.subscriber_id, s.sender_id, s.group_id) == (subscriber.id, sender.id, group_id)
            ),
            None,
        )

    def opted_out(self, phone: str, sender: Sender) -> bool:
        return (phone, sender.id) in self.opt_outs

    def audience(self, sender: Sender, group: Group | None) -> list[Subscriber]:
        """The SMS contacts subscribed to the sender code (to its group, if given) that did not stop its sends,
        each once, oldest subscription first."""
        by_id = {subscriber.id: subscriber for subscriber in self.subscribers.values()}
        chosen: dict[int, Subscriber] = {}
        for subscription in self.subscriptions.values():
            if subscription.sender_id != sender.id or (group is not None and subscription.group_id != group.id):
                continue
            subscriber = by_id[subscription.subscriber_id]
            if not self.opted_out(subscriber.phone, sender):
                chosen.setdefault(subscriber.id, subscriber)
        return list(chosen.values())


class Store:
    """All realms of one emulator instance, looked up by realm name."""

    def __init__(self, realms: list[Realm], clock: Callable[[], float] = time.time) -> None:
        names = [realm.name for realm in realms]
        if len(set(names)) != len(names):
            raise ValueError("two realms with the same name")
        self.clock = clock
        self.configured = list(realms)
        self.realm_ids = self._realm_ids(realms)
        self._ids: dict[str, Iterator[int]] = {}
        self.realms: dict[str, RealmState] = {}
        self.reset_data()

    @staticmethod
    def _realm_ids(realms: list[Realm]) -> dict[str, int]:
        taken = {realm.realm_id for realm in realms if realm.realm_id is not None}
        if len(taken) != sum(realm.realm_id is not None for realm in realms):
            raise ValueError("two realms with the same realm_id")
        free = (n for n in itertools.count(FIRST_REALM_ID) if n not in taken)
        return {realm.name: realm.realm_id if realm.realm_id is not None else next(free) for realm in realms}

    def reset_data(self) -> None:
        """Every configured realm back to empty, and record ids back to 1."""
        self._ids = {}
        self.realms = {
            realm.name: RealmState(realm, self.realm_ids[realm.name], realm.requires_customer_key)
            for realm in self.configured
        }

    def next_id(self, kind: str) -> int:
        """The next id for a record of `kind` ("message", "subscriber", ...)."""
        return next(self._ids.setdefault(kind, itertools.count(1)))

    def gateway_id(self) -> str:
        """A new gateway message id: 16 hexadecimal digits."""
        return f"{GATEWAY_ID_BASE + self.next_id('gateway'):016X}"

    def now(self) -> datetime:
        """The emulator's current time, as a naive UTC datetime (the API's dates carry no zone)."""
        return datetime.fromtimestamp(self.clock(), tz=UTC).replace(tzinfo=None)
