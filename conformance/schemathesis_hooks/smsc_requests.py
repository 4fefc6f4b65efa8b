"""What an SMSC request asks for, read from the spec alone: the judge's own reading, never the emulator's.

The checks in smsc.py also judge the live service, so they must not share the emulator's code: a mistake there
would be one the check agrees with. Everything here comes from specs/smsc.yaml through the spec index:

- the charsets (`info.x-charsets`; the first is the one the service assumes when a request names none);
- the credential fields (the names of the spec's security schemes: `login`, `psw`, `apikey`);
- each action of a command (`/sys/<command>.php#...`), its form schema and its *selectors*: the required fields
  whose only allowed value is their default (`add_group: enum [1], default 1`), which is how the docs tell the
  actions of one URL apart.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

import jsonschema

from conformance.spec_index import SpecIndex, as_json_schema, spec_index

DEFAULT_FORMAT = 0  # "0 plain string (the default)"
FORMATS = (0, 1, 2, 3)
_NUMBER = re.compile(r"^-?[0-9]{1,100}(?:\.[0-9]{1,100})?$")


def _spec() -> SpecIndex:
    return spec_index("smsc")


@cache
def charsets() -> dict[str, str]:
    """The `charset` values the service knows, each with its Python codec; the first is its default."""
    return {str(name): codecs.lookup(str(name)).name for name in _spec().info_marker["charsets"]}


def default_charset() -> str:
    return next(iter(charsets()))


@cache
def credential_fields() -> tuple[str, ...]:
    schemes = _spec().document.get("components", {}).get("securitySchemes", {})
    return tuple(str(scheme["name"]) for scheme in schemes.values())


def reply_options(form: dict[str, str]) -> tuple[int, str]:
    """The fmt and charset a request asks its reply in; what the service does not know means its defaults."""
    fmt = int(form["fmt"]) if form.get("fmt") in {str(value) for value in FORMATS} else DEFAULT_FORMAT
    charset = form.get("charset", default_charset())
    return fmt, charset if charset in charsets() else default_charset()


@dataclass(frozen=True)
class Action:
    operation_id: str
    schema: dict[str, Any]  # the form schema as JSON Schema, $refs inlined
    properties: dict[str, dict[str, Any]]
    selectors: dict[str, str]  # field -> the one value that selects this action, as sent
    raw: dict[str, Any]  # the operation object


def _properties(schema: dict[str, Any]) -> tuple[dict[str, dict[str, Any]], list[str]]:
    properties, required = dict(schema.get("properties", {})), list(schema.get("required", []))
    for part in schema.get("allOf", []):
        more, needed = _properties(part)
        properties.update(more)
        required += needed
    return properties, required


@cache
def actions() -> dict[str, list[Action]]:
    """command ("phones" for /sys/phones.php) -> its actions, in spec order."""
    found: dict[str, list[Action]] = {}
    spec = _spec()
    for operation in spec.operations:
        body = (operation.raw.get("requestBody") or {}).get("content", {})
        form = body.get("application/x-www-form-urlencoded", {}).get("schema", {"type": "object"})
        schema = as_json_schema(spec.resolve(form))
        properties, required = _properties(schema)
        selectors = {
            name: str(properties[name]["enum"][0])
            for name in required
            if len(properties[name].get("enum", [])) == 1 and "default" in properties[name]
        }
        command = operation.route.removeprefix("/sys/").removesuffix(".php")
        found.setdefault(command, []).append(
            Action(operation.operation_id, schema, properties, selectors, operation.raw)
        )
    return found


def _typed(action: Action, form: dict[str, str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name, raw in form.items():
        if name in credential_fields():
            continue
        kind = action.properties.get(name, {}).get("type")
        if kind in ("integer", "number") and _NUMBER.match(raw):
            values[name] = float(raw) if kind == "number" or "." in raw else int(raw)
        else:
            values[name] = raw
    return values


def accepting_action(command: str, form: dict[str, str]) -> Action | None:
    """The action a form validly asks for: among the actions whose selectors it all carries, those carrying the
    most; the first of them whose form schema accepts it. None when no action does (the reply must be an error)."""
    candidates = [a for a in actions().get(command, []) if all(form.get(k) == v for k, v in a.selectors.items())]
    if not candidates:
        return None
    most = max(len(action.selectors) for action in candidates)
    for action in (a for a in candidates if len(a.selectors) == most):
        try:
            jsonschema.validate(_typed(action, form), action.schema)
        except jsonschema.ValidationError:
            continue
        return action
    return None
