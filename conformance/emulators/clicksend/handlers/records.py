"""Sections whose operations are plain list / create / get / update / delete of one kind of record (the automation
rules, email-to-SMS stripped strings, return addresses, ...): a `RecordKind` describes one, and `register` makes
and registers its handlers.

A record is stored as the fields its request gave (wire names), under an id of its kind, per account. Its answers
show those fields after its id (and, where the docs show them, the account's `user_id` and fields no request sets).
An update replaces the fields it gives.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel
from starlette.responses import Response

from ...core import Call
from ...core.resources import Collection
from ..auth import Caller
from ..state import AccountState, Record, Store, not_found
from . import operation
from .common import answer, paged

ACTIONS = ("list", "create", "get", "update", "delete")


@dataclass(frozen=True)
class Messages:
    """The answers' `response_msg`, per operation, as the kind's docs give them."""

    listed: str
    created: str
    shown: str = "Here is your result."
    updated: str = "Here is your result."
    deleted: str = "Here is your result."


@dataclass(frozen=True)
class RecordKind:
    name: str  # "SMS inbound rule": the kind's collection, and its 404 message
    noun: str  # the operationIds' stem: list_<noun>s (or `plural`), create_<noun>, get_<noun>, ...
    id_field: str  # the id's wire name, also the path parameter
    request: type[BaseModel]  # the create and update body
    messages: Messages
    deleted_data: object = None  # the delete answer's `data`
    unset: Mapping[str, object] = field(default_factory=dict)  # fields the records show that no request sets
    owner_shown: bool = False  # records show the account's `user_id`
    request_only: tuple[str, ...] = ()  # request fields the records do not show
    actions: tuple[str, ...] = ACTIONS  # the operations the section has
    plural: str | None = None  # the list operation's noun, where it is not `<noun>s`

    def operation_id(self, action: str) -> str:
        return f"list_{self.plural or self.noun + 's'}" if action == "list" else f"{action}_{self.noun}"


def records_of(account: AccountState, kind: RecordKind) -> Collection[Record]:
    if kind.name not in account.records:
        account.records[kind.name] = Collection(kind.name, not_found=not_found(kind.name))
    return account.records[kind.name]


def wire(kind: RecordKind, record: Record, account: AccountState) -> dict[str, Any]:
    shown = {name: value for name, value in record.fields.items() if name not in kind.request_only}
    owner = {"user_id": account.user_id} if kind.owner_shown else {}
    return {kind.id_field: record.record_id, **owner, **kind.unset, **shown}


def given(body: BaseModel) -> dict[str, object]:
    """The request's fields as the wire names them; those it left out are not stored."""
    fields: dict[str, object] = body.model_dump(mode="json", by_alias=True, exclude_unset=True)
    return fields


Handler = Callable[[Store, Call[Any, Caller]], Response]


def handlers(kind: RecordKind) -> dict[str, Handler]:
    """The kind's handlers, by operationId."""

    def list_records(store: Store, call: Call[None, Caller]) -> Response:
        account = call.principal.account
        return answer(
            paged(call, [wire(kind, record, account) for record in records_of(account, kind)]), kind.messages.listed
        )

    def create_record(store: Store, call: Call[Any, Caller]) -> Response:
        account = call.principal.account
        record = records_of(account, kind).add(lambda record_id: Record(record_id, given(call.body)))
        return answer(wire(kind, record, account), kind.messages.created)

    def get_record(store: Store, call: Call[None, Caller]) -> Response:
        account = call.principal.account
        return answer(wire(kind, records_of(account, kind).get(call.path[kind.id_field]), account), kind.messages.shown)

    def update_record(store: Store, call: Call[Any, Caller]) -> Response:
        account = call.principal.account
        record = records_of(account, kind).get(call.path[kind.id_field])
        record.fields |= given(call.body)
        return answer(wire(kind, record, account), kind.messages.updated)

    def delete_record(store: Store, call: Call[None, Caller]) -> Response:
        records_of(call.principal.account, kind).remove(call.path[kind.id_field])
        return answer(kind.deleted_data, kind.messages.deleted)

    # The body each takes, for the annotation test (conformance/tests/core/test_handler_annotations.py); a model
    # known only at run time, which mypy cannot read as a type argument (hence the ignore).
    for takes_body in (create_record, update_record):
        takes_body.__annotations__ = {**takes_body.__annotations__, "call": Call[kind.request, Caller]}  # type: ignore[name-defined]
    made = {
        "list": list_records,
        "create": create_record,
        "get": get_record,
        "update": update_record,
        "delete": delete_record,
    }
    return {kind.operation_id(action): made[action] for action in kind.actions}


def register(kinds: Iterable[RecordKind]) -> None:
    for kind in kinds:
        for operation_id, handler in handlers(kind).items():
            operation(operation_id)(handler)


def put_example(account: AccountState, kind: RecordKind, record_id: int, fields: dict[str, object]) -> None:
    """Put a record under a fixed id (the demo dataset)."""
    records_of(account, kind).put(record_id, Record(record_id, fields))
