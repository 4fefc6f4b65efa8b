"""The six automation sections (Inbound SMS, SMS/Email/Fax/Voice delivery receipts, Inbound Fax rules): each kind
of rule is a list, create, get, update and delete of the same shape, so one table describes them and the handlers
are made from it.

A rule is stored as the fields its request gave (wire names), under an id of its kind. Rules are kept, listed and
changed as the docs show; the emulator does not run them (the docs say what a rule matches, not what the service
does when it fires), which the errata's "emulator's readings" say.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from emulator_models import clicksend as models
from pydantic import BaseModel
from starlette.responses import Response

from ...core import Call
from ...core.resources import Collection
from ..auth import Caller
from ..state import Rule, Store
from . import operation
from .common import answer, paged


@dataclass(frozen=True)
class RuleKind:
    kind: str  # its key in state.RULE_KINDS
    noun: str  # the operationIds' stem: list_<noun>s, create_<noun>, ...
    id_field: str  # the id's wire name, also the path parameter
    request: type[BaseModel]  # the create and update body
    listed: str  # the answers' response_msg, per operation
    created: str
    shown: str
    updated: str
    deleted: str
    deleted_data: object = None  # the delete answer's `data`, as the kind's docs show it
    unset: Mapping[str, object] = field(default_factory=dict)  # fields the records show that no request sets
    owner_shown: bool = False  # records show the account's `user_id`
    request_only: tuple[str, ...] = ()  # request fields the records do not show


KINDS = (
    RuleKind(
        "sms_inbound",
        "sms_inbound_rule",
        "inbound_rule_id",
        models.SmsInboundRuleRequest,
        "Your list of inbound rules.",
        "Your record has been added.",
        "Your inbound rule.",
        "Your record has been updated.",
        "Your record has been deleted.",
        deleted_data=[],
        unset={"body": None},
        request_only=("webhook_type",),
    ),
    RuleKind(
        "sms_receipt",
        "sms_receipt_rule",
        "receipt_rule_id",
        models.SmsReceiptRuleRequest,
        "Your list of rule incoming sms receipt.",
        "Your new SMS receipt has been added.",
        "Your rule incoming sms receipt.",
        "Your rule incoming sms receipt has been updated.",
        "Your rule incoming sms receipt has been deleted.",
        deleted_data=[],
    ),
    RuleKind(
        "email_receipt",
        "email_receipt_rule",
        "receipt_rule_id",
        models.EmailReceiptRuleRequest,
        "Here is your result.",
        "Automation email receipt rule has been created.",
        "Here is your result.",
        "Automation email receipt rule has been updated.",
        "Automation email receipt rule has been deleted.",
        deleted_data=True,
    ),
    RuleKind(
        "fax_inbound",
        "fax_inbound_rule",
        "inbound_rule_id",
        models.FaxInboundRuleRequest,
        "Your inbound fax.",
        "New rule has been added.",
        "Your inbound fax.",
        "Your inbound fax.",
        "Your fax inbound rule has been deleted.",
        deleted_data=[],
        owner_shown=True,
    ),
    RuleKind(
        "fax_receipt",
        "fax_receipt_rule",
        "receipt_rule_id",
        models.FaxReceiptRuleRequest,
        "Here is your result.",
        "Your new Fax receipt has been added.",
        "Your rule incoming fax receipt.",
        "Your rule incoming fax receipt has been updated.",
        "Your rule incoming fax receipt has been deleted.",
    ),
    RuleKind(
        "voice_receipt",
        "voice_receipt_rule",
        "receipt_rule_id",
        models.VoiceReceiptRuleRequest,
        "Your voice receipts.",
        "Your new voice receipt has been added.",
        "Your rule incoming voice receipt.",
        "Your rule incoming voice receipt.",
        "Your rule voice receipt has been deleted.",
        deleted_data=[],
    ),
)


def rules(kind: RuleKind, call: Call[Any, Caller]) -> Collection[Rule]:
    return call.principal.account.rules[kind.kind]


def wire(kind: RuleKind, rule: Rule, call: Call[Any, Caller]) -> dict[str, Any]:
    shown = {name: value for name, value in rule.fields.items() if name not in kind.request_only}
    owner = {"user_id": call.principal.account.user_id} if kind.owner_shown else {}
    return {kind.id_field: rule.rule_id, **owner, **kind.unset, **shown}


def given(body: BaseModel) -> dict[str, object]:
    """The request's fields as the wire names them; those it left out are not stored."""
    fields: dict[str, object] = body.model_dump(mode="json", by_alias=True, exclude_unset=True)
    return fields


Handler = Callable[[Store, Call[Any, Caller]], Response]


def handlers(kind: RuleKind) -> dict[str, Handler]:
    """The five handlers of a kind, by operationId."""

    def list_rules(store: Store, call: Call[None, Caller]) -> Response:
        return answer(paged(call, [wire(kind, rule, call) for rule in rules(kind, call)]), kind.listed)

    def create_rule(store: Store, call: Call[Any, Caller]) -> Response:
        rule = rules(kind, call).add(lambda rule_id: Rule(rule_id, given(call.body)))
        return answer(wire(kind, rule, call), kind.created)

    def get_rule(store: Store, call: Call[None, Caller]) -> Response:
        return answer(wire(kind, rules(kind, call).get(call.path[kind.id_field]), call), kind.shown)

    def update_rule(store: Store, call: Call[Any, Caller]) -> Response:
        rule = rules(kind, call).get(call.path[kind.id_field])
        rule.fields |= given(call.body)
        return answer(wire(kind, rule, call), kind.updated)

    def delete_rule(store: Store, call: Call[None, Caller]) -> Response:
        rules(kind, call).remove(call.path[kind.id_field])
        return answer(kind.deleted_data, kind.deleted)

    # The body each one takes, for the annotation test (conformance/tests/core/test_handler_annotations.py).
    for takes_body in (create_rule, update_rule):
        takes_body.__annotations__ = {**takes_body.__annotations__, "call": Call[kind.request, Caller]}  # type: ignore[name-defined]
    return {
        f"list_{kind.noun}s": list_rules,
        f"create_{kind.noun}": create_rule,
        f"get_{kind.noun}": get_rule,
        f"update_{kind.noun}": update_rule,
        f"delete_{kind.noun}": delete_rule,
    }


for rule_kind in KINDS:
    for operation_id, handler in handlers(rule_kind).items():
        operation(operation_id)(handler)
