"""The SMSC emulator's state: accounts, what each owns, and the rate limits the service enforces.

Plain dataclasses, one `AccountState` per configured account. Handlers read and change it; nothing here knows
about HTTP. Time comes from `Store.clock` so tests can move it forward.
"""

from __future__ import annotations

import hashlib
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

from .protocol import SmscError

MOSCOW = timezone(timedelta(hours=3), "MSK")  # the service's dates are Moscow time (UTC+3, no DST)
THROTTLE_WINDOW = 60.0  # the documented limits are all "per minute"


@dataclass(frozen=True)
class Account:
    """A configured emulator account. `repr` leaves the password and the API key out."""

    login: str
    password: str = field(repr=False)
    apikey: str | None = field(default=None, repr=False)
    balance: Decimal = Decimal("1000.00")
    currency: str = "RUB"
    credit: Decimal = Decimal("0")

    def password_matches(self, psw: str) -> bool:
        """The password itself, or its lower-case hex MD5 (documented alternative)."""
        return psw == self.password or psw == hashlib.md5(self.password.encode()).hexdigest()


@dataclass
class Message:
    """One message to one number (a send to several numbers makes one per number, sharing the id)."""

    id: int
    phone: str
    text: str
    kind: int  # 0 SMS, 1 flash, 2 push, 3 HLR, 4 bin, 5 ping, 6 MMS, 7 call, 8 e-mail, 10 viber (our numbering)
    sender: str
    cost: Decimal
    parts: int
    sent_at: datetime
    deliver_after: datetime  # the status moves from -1 (waiting) to 0 (with the operator) to 1 (delivered)
    comment: str = ""
    deleted: bool = False


@dataclass
class AccountState:
    account: Account
    balance: Decimal
    messages: dict[tuple[int, str], Message] = field(default_factory=dict)  # (id, phone) -> message
    contacts: dict[str, dict[str, Any]] = field(default_factory=dict)  # phone -> fields
    groups: dict[int, dict[str, Any]] = field(default_factory=dict)
    blacklist: dict[int, dict[str, Any]] = field(default_factory=dict)
    senders: dict[int, dict[str, Any]] = field(default_factory=dict)
    jobs: dict[int, dict[str, Any]] = field(default_factory=dict)
    incoming: list[dict[str, Any]] = field(default_factory=list)
    next_message_id: int = 1001
    next_record_id: int = 1

    def new_record_id(self) -> int:
        self.next_record_id += 1
        return self.next_record_id - 1


class RateLimits:
    """Sliding one-minute windows: the documented throttles (error 9) and the IP block after errors (error 4)."""

    def __init__(self, clock: Callable[[], float], block_after_errors: int | None, block_seconds: float) -> None:
        self.clock = clock
        self.block_after_errors = block_after_errors
        self.block_seconds = block_seconds
        self._hits: dict[Any, deque[float]] = {}
        self._errors: dict[str, deque[float]] = {}
        self._blocked_until: dict[str, float] = {}

    def _window(self, events: deque[float]) -> deque[float]:
        now = self.clock()
        while events and events[0] <= now - THROTTLE_WINDOW:
            events.popleft()
        return events

    def hit(self, key: Any, limit: int, description: str = "duplicate request, wait a minute") -> None:
        """Count a request; error 9 when more than `limit` requests with this key came within a minute."""
        events = self._window(self._hits.setdefault(key, deque()))
        if len(events) >= limit:
            raise SmscError(9, description)
        events.append(self.clock())

    def check_ip(self, ip: str) -> None:
        if self._blocked_until.get(ip, 0.0) > self.clock():
            raise SmscError(4)

    def count_error(self, ip: str) -> None:
        if self.block_after_errors is None:
            return
        events = self._window(self._errors.setdefault(ip, deque()))
        events.append(self.clock())
        if len(events) >= self.block_after_errors:
            self._blocked_until[ip] = self.clock() + self.block_seconds
            events.clear()


class Store:
    def __init__(
        self,
        accounts: list[Account],
        clock: Callable[[], float] = time.time,
        block_after_errors: int | None = 30,
        block_seconds: float = 60.0,
    ) -> None:
        self.clock = clock
        self._configured = (accounts, block_after_errors, block_seconds)
        self.reset()

    def reset(self) -> None:
        """Back to the configured accounts with nothing in them, and no rate-limit history."""
        accounts, block_after_errors, block_seconds = self._configured
        self.accounts = {account.login: AccountState(account, account.balance) for account in accounts}
        self.by_apikey = {a.apikey: self.accounts[a.login] for a in accounts if a.apikey}
        self.limits = RateLimits(self.clock, block_after_errors, block_seconds)

    def now(self) -> datetime:
        return datetime.fromtimestamp(self.clock(), UTC)

    def authenticate(self, parameters: dict[str, str]) -> AccountState:
        """login + psw (plain or MD5), or apikey; error 2 otherwise."""
        apikey = parameters.get("apikey")
        if apikey:
            state = self.by_apikey.get(apikey)
            if state is not None:
                return state
            raise SmscError(2)
        state = self.accounts.get(parameters.get("login", ""))
        if state is None or not state.account.password_matches(parameters.get("psw", "")):
            raise SmscError(2)
        return state


def moscow_date(moment: datetime) -> str:
    """dd.mm.yyyy hh:mm:ss in Moscow time, the service's date format."""
    return moment.astimezone(MOSCOW).strftime("%d.%m.%Y %H:%M:%S")
