"""smSend handlers, one module per documentation section. Each registers its functions by operationId.

A handler is `def handler(store: Store, call: Call[Body, Principal]) -> Response`; `create_app` binds the store.
Body is the model `emulator_models.smsend` has for the operation's JSON body (the spec's requestBody $ref), or
None without one; Principal the caller's AccountState, or None for the operations without security (login, token).
conformance/tests/core/test_handler_annotations.py checks both against the spec.
"""

from __future__ import annotations

from collections.abc import Callable

from starlette.responses import Response

from ...core import Call, HandlerRegistry
from ..state import Store

StoreHandler = Callable[[Store, Call], Response]

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


REGISTRY = HandlerRegistry[StoreHandler](__name__, SECTIONS)
operation = REGISTRY.operation  # @operation("<operationId of specs/smsend.yaml>")
load_all = REGISTRY.load_all
