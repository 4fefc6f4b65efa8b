"""SMSC handlers, one module per command. Each registers its functions by operationId.

A handler is `def handler(store: Store, call: SmscCall) -> Reply`; it raises `SmscError` for the documented
error replies. `create_app` binds the store.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

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
REGISTRY: dict[str, StoreHandler] = {}

COMMANDS = ("send", "status", "balance", "phones", "senders", "jobs", "get", "info")


def operation(operation_id: str) -> Callable[[StoreHandler], StoreHandler]:
    """Register a handler for one operationId of specs/smsc.yaml."""

    def register(handler: StoreHandler) -> StoreHandler:
        if operation_id in REGISTRY:
            raise RuntimeError(f"two handlers for {operation_id}")
        REGISTRY[operation_id] = handler
        return handler

    return register


def load_all() -> dict[str, StoreHandler]:
    for command in COMMANDS:
        importlib.import_module(f"{__name__}.{command}")
    return REGISTRY
