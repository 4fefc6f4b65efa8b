"""The ClickSend v3 emulator's state: the accounts and what each holds."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Account:
    """A configured account: its credentials and its starting balance."""

    username: str
    password: str = field(repr=False)
    balance: float = 0.0


@dataclass
class AccountState:
    account: Account
    balance: float


class Store:
    def __init__(self, accounts: list[Account], clock: Callable[[], float]) -> None:
        self.accounts = accounts
        self.clock = clock
        self.by_username: dict[str, AccountState] = {}
        self.reset_data()

    def reset_data(self) -> None:
        self.by_username = {a.username: AccountState(a, a.balance) for a in self.accounts}
