"""smSend handlers, one module per documentation section. Each registers its functions by operationId.

A handler is `def handler(store: Store, call: Call) -> Response`; `create_app` binds the store.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from starlette.responses import Response

from ...kit import Call
from ..state import Store

StoreHandler = Callable[[Store, Call], Response]
REGISTRY: dict[str, StoreHandler] = {}

SECTIONS = (
    "user",
    "contacts",
    "groups",
    "tpoa",
    "sms",
    "blacklist",
    "received",
    "landings",
    "email",
    "twofa",
    "subaccounts",
)


def operation(operation_id: str) -> Callable[[StoreHandler], StoreHandler]:
    """Register a handler for one operationId of specs/smsend.yaml."""

    def register(handler: StoreHandler) -> StoreHandler:
        if operation_id in REGISTRY:
            raise RuntimeError(f"two handlers for {operation_id}")
        REGISTRY[operation_id] = handler
        return handler

    return register


def load_all() -> dict[str, StoreHandler]:
    for section in SECTIONS:
        importlib.import_module(f"{__name__}.{section}")
    return REGISTRY
