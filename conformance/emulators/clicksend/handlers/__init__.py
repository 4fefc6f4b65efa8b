"""ClickSend v3 handlers, one module per documentation section. Each registers its functions by operationId.

A handler is `def handler(store: Store, call: Call) -> Response`; `create_app` binds the store.
"""

from __future__ import annotations

from collections.abc import Callable

from starlette.responses import Response

from ...core import Call, HandlerRegistry
from ..state import Store

StoreHandler = Callable[[Store, Call], Response]

SECTIONS = ("account",)

REGISTRY = HandlerRegistry[StoreHandler](__name__, SECTIONS)
operation = REGISTRY.operation  # @operation("<operationId of specs/clicksend.yaml>")
load_all = REGISTRY.load_all
