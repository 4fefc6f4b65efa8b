"""The emulator's view of a spec operation, and the `Call` a handler gets."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Generic

import pydantic
from starlette.requests import Request
from typing_extensions import TypeVar

from ...spec_index import SpecIndex, SpecOperation, as_json_schema

# A handler's `Call[Body, Principal]`: the generated pydantic model of its body, and who the API's `authenticate`
# says is calling. Both default to Any for handlers that do not declare them.
Body = TypeVar("Body", default=Any)
Principal = TypeVar("Principal", default=Any)


@dataclass
class Operation:
    """One operation of the spec, with its parameter and body schemas resolved."""

    operation_id: str
    method: str
    path: str  # the route: the spec's path without a fragment
    spec: dict[str, Any]  # the operation object
    parameters: list[dict[str, Any]]
    body_model: type[pydantic.BaseModel] | None
    body_schema: dict[str, Any] | None
    authenticated: bool
    body_required: bool = True  # False for a `requestBody` with `required: false`: a request may leave it out


@dataclass
class Call(Generic[Body, Principal]):
    """What a handler gets: the validated request and who made it."""

    request: Request
    operation: Operation
    path: dict[str, Any]
    query: dict[str, Any]
    body: Body
    principal: Principal
    extras: dict[str, Any] = field(default_factory=dict)


def emulator_operation(spec: SpecIndex, operation: SpecOperation, models: Any) -> Operation:
    """An operation of the spec index with its JSON body model looked up in the generated models module."""
    body_model = body_schema = None
    request_body = spec.deref(operation.raw.get("requestBody")) or {}
    content = request_body.get("content") or {}
    json_body = content.get("application/json")
    if json_body is not None and models is not None:
        ref = json_body["schema"]
        body_model = getattr(models, ref["$ref"].rsplit("/", 1)[-1])
        body_schema = as_json_schema(spec.resolve(ref))
    return Operation(
        operation_id=operation.operation_id,
        method=operation.method,
        path=operation.route,
        spec=operation.raw,
        parameters=spec.parameters(operation),
        body_model=body_model,
        body_schema=body_schema,
        authenticated=operation.authenticated,
        body_required=bool(request_body.get("required", False)),
    )


def emulator_operations(spec: SpecIndex, models: Any) -> list[Operation]:
    return [emulator_operation(spec, operation, models) for operation in spec.operations]
