"""WhatCounts handlers, one module per tag of the spec. Each registers its functions by operationId.

A handler is `def handler(store: Store, call: Call[None, RealmState]) -> Response`: no operation has a JSON body,
and `call.principal` is the caller's RealmState (conformance/tests/core/test_handler_annotations.py checks both
against the spec). `create_app` binds the store.
"""

from __future__ import annotations

from collections.abc import Callable

from starlette.responses import Response

from ...core import Call, HandlerRegistry
from ..state import Store

StoreHandler = Callable[[Store, Call], Response]
SECTIONS = ("messages", "subscribers", "sending")


REGISTRY = HandlerRegistry[StoreHandler](__name__, SECTIONS)
operation = REGISTRY.operation  # @operation("<operationId of specs/whatcounts.yaml>")
load_all = REGISTRY.load_all
