"""ClickSend v3 handlers, one module per documentation section. Each registers its functions by operationId.

A handler is `def handler(store: Store, call: Call[Body, Principal]) -> Response`; `create_app` binds the store.
Body is the model `emulator_models.clicksend` has for the operation's JSON body (`Model | None` where the body is
optional), None without one; Principal the caller (`auth.Caller`: the account and the subaccount whose
credentials were given), None for the five operations without security.
conformance/tests/core/test_handler_annotations.py checks both against the spec.
"""

from __future__ import annotations

from collections.abc import Callable

from starlette.responses import Response

from ...core import Call, HandlerRegistry
from ..state import Store

StoreHandler = Callable[[Store, Call], Response]

SECTIONS = (
    "account",
    "contact",
    "contact_list",
    "countries",
    "global_sending",
    "search",
    "sms",
    "sms_campaign",
    "mms",
    "mms_campaign",
    "number",
    "statistics",
    "subaccount",
    "upload",
    "voice",
    "delivery_issues",
    "timezones",
    "automations",
    "email_to_sms",
    "post_return_address",
)

REGISTRY = HandlerRegistry[StoreHandler](__name__, SECTIONS)
operation = REGISTRY.operation  # @operation("<operationId of specs/clicksend.yaml>")
load_all = REGISTRY.load_all
