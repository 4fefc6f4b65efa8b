"""Each handler's `Call[Body, Principal]` names what the core gives it, so an annotation cannot lie.

Body must be the model `emulator_operation` looks up for the operation's JSON body (the spec's requestBody $ref in
the generated `emulator_models.<api>`), `Model | None` when the body is optional (`required: false`), None without
one; Principal what the API's `authenticate` returns, None for
an operation without security (the core passes None then). mypy checks each handler against its annotation; this
checks the annotations against the spec and the generated models.
"""

from __future__ import annotations

import dataclasses
import importlib
from collections.abc import Callable, Mapping
from types import NoneType
from typing import Any, get_args, get_origin, get_type_hints

import pytest
from emulator_models import smsend as smsend_models
from starlette.responses import Response

from conformance.emulators.core import Call, Operation
from conformance.emulators.core.operations import emulator_operations
from conformance.emulators.registry import EMULATORS
from conformance.emulators.smsend.state import AccountState
from conformance.spec_index import spec_index

# SMSC's handlers take its own SmscCall (one path, the action chosen by the parameters), not the core's Call.
CORE_CALL_APIS = sorted(api for api in EMULATORS if api != "smsc")


def annotation_errors(
    handlers: Mapping[str, Callable[..., Any]], operations: list[Operation], principal: object
) -> list[str]:
    """What is wrong with the handlers' `call` annotations, one line per fault (empty when they all tell the truth)."""
    by_id = {operation.operation_id: operation for operation in operations}
    errors = []
    for operation_id, handler in sorted(handlers.items()):
        operation = by_id.get(operation_id)
        if operation is None:
            errors.append(f"{operation_id}: a handler for no operation of the spec")
            continue
        annotation = get_type_hints(handler).get("call")
        if get_origin(annotation) is not Call:
            errors.append(f"{operation_id}: `call` is annotated {annotation!r}, not Call[Body, Principal]")
            continue
        body, caller = get_args(annotation)
        expected_body: object = operation.body_model or NoneType
        if operation.body_model is not None and not operation.body_required:
            expected_body = operation.body_model | None  # an optional body the request left out is None
        expected_caller = principal if operation.authenticated else NoneType
        if body != expected_body:
            errors.append(f"{operation_id}: body annotated {body!r}, the core gives {expected_body!r}")
        if caller is not expected_caller:
            errors.append(f"{operation_id}: principal annotated {caller!r}, the core gives {expected_caller!r}")
    return errors


def principal_type(api: str) -> object:
    """The return type of the API's `authenticate` callback (what the core passes as the principal)."""
    store = importlib.import_module(EMULATORS[api]).create_app().state.store
    authenticate = importlib.import_module(f"{EMULATORS[api]}.auth").authenticator(store)
    return get_type_hints(authenticate)["return"]


@pytest.mark.parametrize("api", CORE_CALL_APIS)
def test_every_handler_is_annotated_with_the_body_and_principal_the_core_gives_it(api: str) -> None:
    spec = spec_index(api)
    operations = emulator_operations(spec, importlib.import_module(f"emulator_models.{api}"))
    handlers = importlib.import_module(f"{EMULATORS[api]}.handlers").load_all()
    assert set(handlers) == {operation.operation_id for operation in operations}
    errors = annotation_errors(handlers, operations, principal_type(api))
    assert not errors, "\n".join(errors)


# --- the check itself catches each kind of lie (handlers annotated against smSend's operations) -------------------


def no_body_given(store: object, call: Call[None, AccountState]) -> Response:  # create_group has a GroupRequest
    raise NotImplementedError


def wrong_body(store: object, call: Call[smsend_models.SmsSendRequest, AccountState]) -> Response:
    raise NotImplementedError


def body_where_none(store: object, call: Call[smsend_models.GroupRequest, AccountState]) -> Response:
    raise NotImplementedError


def principal_without_security(store: object, call: Call[None, AccountState]) -> Response:  # login: None
    raise NotImplementedError


def untyped(store: object, call: Call) -> Response:  # Call[Any, Any]
    raise NotImplementedError


def truthful(store: object, call: Call[smsend_models.GroupRequest, AccountState]) -> Response:
    raise NotImplementedError


@pytest.mark.parametrize(
    ("operation_id", "handler", "fault"),
    [
        ("create_group", no_body_given, "create_group: body annotated <class 'NoneType'>"),
        ("send_parametric_sms", wrong_body, "send_parametric_sms: body annotated <class 'emulator_models.smsend.Sms"),
        ("delete_group", body_where_none, "delete_group: body annotated <class 'emulator_models.smsend.GroupRequest'>"),
        ("login", principal_without_security, "login: principal annotated <class 'conformance.emulators.smsend"),
        ("create_group", untyped, "create_group: `call` is annotated"),
        ("no_such_operation", truthful, "no_such_operation: a handler for no operation"),
    ],
)
def test_the_check_catches_an_annotation_that_lies(operation_id: str, handler: Callable[..., Any], fault: str) -> None:
    spec = spec_index("smsend")
    operations = emulator_operations(spec, smsend_models)
    assert annotation_errors({"create_group": truthful, "modify_group": truthful}, operations, AccountState) == []
    errors = annotation_errors({operation_id: handler}, operations, AccountState)
    assert len(errors) == 1 and errors[0].startswith(fault), errors


def optional_body(store: object, call: Call[smsend_models.GroupRequest | None, AccountState]) -> Response:
    raise NotImplementedError


def test_an_optional_body_is_annotated_with_none_and_a_required_one_without() -> None:
    operations = emulator_operations(spec_index("smsend"), smsend_models)
    create_group = next(operation for operation in operations if operation.operation_id == "create_group")
    optional = dataclasses.replace(create_group, body_required=False)
    assert annotation_errors({"create_group": optional_body}, [optional], AccountState) == []
    assert annotation_errors({"create_group": truthful}, [optional], AccountState) != []
    assert annotation_errors({"create_group": optional_body}, [create_group], AccountState) != []
