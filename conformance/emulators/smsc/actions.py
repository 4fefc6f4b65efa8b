"""Which action a request asks for, read from the spec: `/sys/<command>.php` plus the selecting flags.

The spec gives each action its own path, `/sys/phones.php#add_group=1`; the fragment never reaches a server, so
the emulator, like the real service, sees `/sys/phones.php` and must tell the actions apart by their
parameters. An action's *selectors* are the required form fields whose only allowed value is their default
(`add_group: enum [1], default 1`). A request matches the actions whose selectors it all carries; the ones
carrying the most selectors win, and among those the first (in spec order) whose form schema accepts the request
is taken (`status.php` with `id=1,2` is not a valid single-status request, so it is the multi-status one).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import jsonschema

from ...spec_index import SpecIndex, as_json_schema
from ..core import validate
from ..core.limits import DEFAULT_LIMITS
from .protocol import SmscError

# Parameters every action takes besides its form: they are checked by auth, never by the form schema.
CREDENTIALS = ("login", "psw", "apikey")
# A longer number stays text, so its field fails validation (error 1) instead of int() raising on 4,300+ digits.
_DIGITS = DEFAULT_LIMITS.max_number_digits
_INTEGER = re.compile(rf"^-?[0-9]{{1,{_DIGITS}}}$")
_NUMBER = re.compile(rf"^-?[0-9]{{1,{_DIGITS}}}(?:\.[0-9]{{1,{_DIGITS}}})?$")


@dataclass
class Action:
    operation_id: str
    command: str  # "phones" for /sys/phones.php
    schema: dict[str, Any]  # the form schema, $refs inlined, as plain JSON Schema
    properties: dict[str, dict[str, Any]]
    selectors: dict[str, str]  # flag name -> the only value it may have, as sent on the wire
    spec: dict[str, Any]  # the operation object of the spec


def _merged(schema: dict[str, Any]) -> tuple[dict[str, dict[str, Any]], list[str]]:
    """Properties and required names of a schema, through allOf."""
    properties = dict(schema.get("properties", {}))
    required = list(schema.get("required", []))
    for part in schema.get("allOf", []):
        more, needed = _merged(part)
        properties.update(more)
        required += needed
    return properties, required


def command_of(path: str) -> str:
    """ "phones" for /sys/phones.php (and /sys/phones.php#add_group=1)."""
    match = re.match(r"^/sys/([a-z_]+)\.php(?:#.*)?$", path)
    if not match:
        raise ValueError(f"{path}: not a /sys/<command>.php action")
    return match.group(1)


def load_actions(spec: SpecIndex) -> dict[str, list[Action]]:
    """command -> its actions, in spec order."""
    commands: dict[str, list[Action]] = {}
    for operation in spec.operations:
        if operation.method != "POST":
            raise ValueError(f"{operation.path}: an SMSC action is a POST operation")
        op = operation.raw
        body = op.get("requestBody", {}).get("content", {}).get("application/x-www-form-urlencoded", {})
        schema = as_json_schema(spec.resolve(body.get("schema", {"type": "object"})))
        properties, required = _merged(schema)
        selectors = {
            name: str(properties[name]["enum"][0])
            for name in required
            if len(properties[name].get("enum", [])) == 1 and "default" in properties[name]
        }
        action = Action(operation.operation_id, command_of(operation.path), schema, properties, selectors, op)
        commands.setdefault(action.command, []).append(action)
    return commands


def typed(action: Action, parameters: dict[str, str]) -> dict[str, Any]:
    """The request's form fields converted to the types their schemas declare (strings stay strings)."""
    values: dict[str, Any] = {}
    for name, raw in parameters.items():
        if name in CREDENTIALS:
            continue
        kind = action.properties.get(name, {}).get("type")
        if kind == "integer" and _INTEGER.match(raw):
            values[name] = int(raw)
        elif kind == "number" and _NUMBER.match(raw):
            values[name] = float(raw)
        else:
            values[name] = raw  # a non-numeric value for a number field then fails validation
    return values


def problem(action: Action, values: dict[str, Any]) -> str | None:
    """What is wrong with the request for this action (never echoing a value), or None."""
    try:
        validate(values, action.schema)
    except jsonschema.ValidationError as error:
        where = "/".join(str(part) for part in error.absolute_path) or "request"
        return f"{where}: {error.validator} constraint not met"
    return None


def select(actions: list[Action], parameters: dict[str, str]) -> tuple[Action, dict[str, Any]]:
    """The action the parameters ask for, with its typed, validated values; error 1 when none fits."""
    matching = [a for a in actions if all(parameters.get(k) == v for k, v in a.selectors.items())]
    if not matching:
        raise SmscError(1)
    most = max(len(a.selectors) for a in matching)
    best = [a for a in matching if len(a.selectors) == most]
    for action in best:
        values = typed(action, parameters)
        if problem(action, values) is None:
            return action, values
    raise SmscError(1)
