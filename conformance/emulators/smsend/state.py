"""The smSend emulator's state: accounts and everything each account owns.

Plain dataclasses and dicts, one `AccountState` per configured account. Handlers read and change it;
nothing here knows about HTTP. Time comes from `Store.clock` so tests can move it forward.
"""

from __future__ import annotations

import itertools
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

SESSION_IDLE_SECONDS = 5 * 60  # "The returned session key expires when no API calls are performed for 5 minutes"


@dataclass(frozen=True)
class Account:
    """A configured emulator account. `repr` leaves the password out."""

    username: str
    password: str = field(repr=False)
    superaccount: bool = True  # subaccount operations need a superaccount
    french_customer: bool = True  # mosmshistory answers 401 to non-French customers
    sms_credits: int = 10_000
    money: float = 500.0
    sims: tuple[str, ...] = ("+393400000001",)


@dataclass
class Order:
    """One send order (sms, paramsms, smstogroups): its recipients and their delivery state."""

    order_id: str
    internal_order_id: str
    message_type: str
    message: str
    sender: str
    created: datetime
    scheduled: datetime | None
    recipients: dict[str, str]  # phone number -> status (WAITING, SCHEDULED, DLVRD, BLACKLISTED, ...)
    delivered_at: dict[str, datetime] = field(default_factory=dict)
    campaign_name: str | None = None
    credits: int = 0  # credits spent, given back when a scheduled order is deleted


@dataclass
class ReceivedSms:
    id_message: int
    id_sim: str
    sender: str
    message: str
    received: datetime
    keyword: str = ""
    mo_type: str = "OTHER"  # STOP, CONTACT or OTHER, for mosmshistory


@dataclass
class Pin:
    pin: str
    expires: float
    tries_remaining: int = 3


@dataclass
class AccountState:
    """Everything one account owns. Ids are issued by `Store.next_id` so they never repeat."""

    account: Account
    user_key: str
    password: str = field(repr=False)
    sessions: dict[str, float] = field(default_factory=dict, repr=False)  # session key -> last use
    tokens: set[str] = field(default_factory=set, repr=False)
    sms_credits: int = 0
    money: float = 0.0
    contacts: dict[str, dict[str, Any]] = field(default_factory=dict)  # contact id -> fields
    groups: dict[int, dict[str, Any]] = field(default_factory=dict)  # group id -> {name, description}
    group_members: dict[int, set[str]] = field(default_factory=dict)  # group id -> contact ids
    aliases: dict[int, dict[str, Any]] = field(default_factory=dict)
    orders: dict[str, Order] = field(default_factory=dict)
    blacklist: dict[str, dict[str, Any]] = field(default_factory=dict)  # number -> {number, insertTime, origin}
    received: list[ReceivedSms] = field(default_factory=list)
    received_feed_position: int = 0  # id_message of the last message returned by newsrsmsmessage
    pins: dict[str, Pin] = field(default_factory=dict)
    email_lists: dict[int, dict[str, Any]] = field(default_factory=dict)
    list_members: dict[int, set[str]] = field(default_factory=dict)  # list id -> contact ids
    issues: dict[int, dict[str, Any]] = field(default_factory=dict)  # issue id -> {list_id, ...}
    subaccounts: dict[int, dict[str, Any]] = field(default_factory=dict)
    purchases: dict[int, dict[int, dict[str, Any]]] = field(default_factory=dict)  # subaccount -> id -> purchase
    custom_fields: list[dict[str, Any]] = field(default_factory=list)
    landings: list[dict[str, Any]] = field(default_factory=list)


class Store:
    """All accounts of one emulator instance, looked up by username or user key."""

    def __init__(self, accounts: list[Account], clock: Callable[[], float] = time.time) -> None:
        self.clock = clock
        self.configured = list(accounts)
        self._ids = itertools.count(1)
        self.by_username: dict[str, AccountState] = {}
        self.by_user_key: dict[str, AccountState] = {}
        for account in accounts:
            self._add(self._empty(account, user_key=f"U{secrets.token_hex(8).upper()}"))

    @staticmethod
    def _empty(account: Account, user_key: str) -> AccountState:
        return AccountState(
            account=account,
            user_key=user_key,
            password=account.password,
            sms_credits=account.sms_credits,
            money=account.money,
        )

    def _add(self, state: AccountState) -> None:
        self.by_username[state.account.username] = state
        self.by_user_key[state.user_key] = state

    def reset_data(self) -> None:
        """The configured accounts back to empty, and ids back to 1. User keys, open sessions and tokens stay, so
        a logged-in client stays logged in; accounts created since (subaccounts) are gone."""
        previous = self.by_username
        self._ids = itertools.count(1)
        self.by_username, self.by_user_key = {}, {}
        for account in self.configured:
            old = previous[account.username]
            fresh = self._empty(account, old.user_key)
            fresh.sessions, fresh.tokens = old.sessions, old.tokens
            self._add(fresh)

    def next_id(self) -> int:
        """A new id, from 1 up: far below the demo dataset's fixed ids (9,000,001 and up, dataset.py)."""
        return next(self._ids)

    def now(self) -> datetime:
        """The emulator's current time, as a naive UTC datetime (the API's timestamps carry no zone)."""
        return datetime.fromtimestamp(self.clock(), tz=UTC).replace(tzinfo=None)
