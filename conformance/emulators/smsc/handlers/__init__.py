"""SMSC handlers, one module per command. Each registers its functions by operationId.

A handler is `def handler(store: Store, call: SmscCall) -> Reply`; it raises `SmscError` for the documented
error replies. `create_app` binds the store.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ...core import HandlerRegistry
from ..actions import Action
from ..protocol import Reply
from ..state import AccountState, Store


@dataclass
class SmscCall:
    """What a handler gets: the chosen action, its typed and validated values, and the caller's account."""

    action: Action
    values: dict[str, Any]
    account: AccountState
    fmt: int
    charset: str

    def get(self, name: str, default: Any = None) -> Any:
        return self.values.get(name, default)


StoreHandler = Callable[[Store, SmscCall], Reply]
COMMANDS = ("send", "status", "balance", "phones", "senders", "jobs", "get", "info")


REGISTRY = HandlerRegistry[StoreHandler](__name__, COMMANDS)
operation = REGISTRY.operation  # @operation("<operationId of specs/smsc.yaml>")
load_all = REGISTRY.load_all
