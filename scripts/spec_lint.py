"""Validate a spec (OpenAPI 3 schema) and apply our own house rules to it.

    python scripts/spec_lint.py specs/smsend.yaml [...]

House rules, so that every spec works with the generator, the emulator core and Schemathesis alike:
- every operation has a snake_case operationId, a summary, tags and an explicit `security`
  (the generator ignores root-level security);
- every request body has one media type, `application/json` or `application/x-www-form-urlencoded`, with a
  `$ref` to a named schema (the emulator validates it with that schema, and JSON ones with its pydantic model);
- every parameter has a schema with a type; every `{name}` in a path is declared as a path parameter;
- every text/plain success response has a `pattern`; every authenticated operation documents 401, except in
  specs whose info says `x-error-replies-in-200: true` (errors come in HTTP 200 bodies): there every operation
  lists the error codes its state can cause in `x-state-errors` instead;
- every link targets an existing operationId and names only parameters that operation has;
- `x-unverified` operations say so at the start of their description;
- in specs whose paths are plain (no `#fragment`: a mock routes by URL, and SMSC's actions share theirs), every
  operation has what a static mock (Prism without `-d`, `conformance/tests/test_prism.py`) needs to answer it
  in a shape the client can read, and its callers to send it a valid request (`mock_problems`);
- `x-recipients` (where a send's recipients are, which live conformance runs replace with the test numbers)
  marks only `x-spends-credit` operations of a spec with `info.x-test-numbers`, and names an array of the JSON
  body whose items have the number (and list) fields it names: a misnamed field would let a live run spend;
- request patterns (parameters and bodies) spell their classes out: `\\d`, `\\s`, `\\w` and their negations
  mean other things to Python's re than to ECMA 262, so a generator and a server would read them apart;
- a schema property named like a credential (`password`, `passwd`, `psw`, `api_key`, `secret`, `..._token`)
  is marked `x-secret: true`, which keeps its value out of reprs and error details;
- every security requirement names a scheme of `components.securitySchemes`;
- every `$ref` resolves (checked before OpenAPI validation, whose message for a dangling one is the whole spec).
Each problem is one line naming the file and where in it.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml
from openapi_schema_validator import OAS30Validator
from openapi_spec_validator import validate

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from conformance.spec_index import deref, operations_of, read_document

SNAKE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    return deref(spec, node)


def _operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any], list[Any]]]:
    """(path, method, operation, the path item's parameters) of every operation, from the spec index's walker."""
    return [(op.path, op.method.lower(), op.raw, list(op.path_parameters)) for op in operations_of(spec)]


BODY_TYPES = ("application/json", "application/x-www-form-urlencoded")


def find_dangling_refs(document: dict[str, Any]) -> list[str]:
    """Every local `$ref` that points at nothing, with where it stands (`paths./sms.post.requestBody...`)."""
    problems: list[str] = []

    def walk(node: Any, at: str) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and not _resolves(document, ref):
                problems.append(f"{at or '(root)'}: $ref {ref!r} points at nothing")
            for key, value in node.items():
                walk(value, f"{at}.{key}" if at else str(key))
        elif isinstance(node, list):
            for position, value in enumerate(node):
                walk(value, f"{at}[{position}]")

    walk(document, "")
    return problems


def _resolves(document: Any, ref: str) -> bool:
    if not ref.startswith("#/"):
        return True  # a remote reference: the validator resolves (or refuses) it
    target = document
    for part in ref[2:].split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        if not isinstance(target, dict) or part not in target:
            return False
        target = target[part]
    return True


def undefined_schemes(spec: dict[str, Any]) -> list[str]:
    defined = set(spec.get("components", {}).get("securitySchemes", {}) or {})
    problems = []
    requirements = [("(root) security", spec.get("security") or [])]
    requirements += [
        (f"{method.upper()} {path}", op.get("security") or []) for path, method, op, _ in _operations(spec)
    ]
    for where, alternatives in requirements:
        for requirement in alternatives:
            for name in requirement or {}:
                if name not in defined:
                    problems.append(
                        f"{where}: security names {name!r}, which components.securitySchemes does not define"
                    )
    return problems


def charset_problems(spec: dict[str, Any]) -> list[str]:
    """With `x-charsets` in its info (the charsets a service knows), every `charset` property with an enum lists
    exactly those: the emulator, the client and the checks read the list from the info, the schemas must agree."""
    charsets = spec.get("info", {}).get("x-charsets")
    if charsets is None:
        return []
    if not isinstance(charsets, list) or not charsets or not all(isinstance(name, str) for name in charsets):
        return ["info.x-charsets: must be a non-empty list of charset names"]
    problems = []
    for name, schema in (spec.get("components", {}).get("schemas") or {}).items():
        enum = ((schema.get("properties") or {}).get("charset") or {}).get("enum")
        if enum is not None and enum != charsets:
            problems.append(f"components.schemas.{name}.properties.charset: enum {enum} is not info.x-charsets")
    return problems


_TEMPLATE_TOKEN = re.compile(r"\{([a-z_]+)(\*?)\}|\[|\]|[^{}\[\]]+")


def template_fields(template: str) -> tuple[list[str], str | None]:
    """The fields of an `x-reply-layout` template, or what is wrong with its syntax."""
    fields: list[str] = []
    depth = free = position = 0
    for match in _TEMPLATE_TOKEN.finditer(template):
        if match.start() != position:
            break
        position = match.end()
        depth += {"[": 1, "]": -1}.get(match.group(0), 0)
        if depth < 0:
            return fields, "']' without '['"
        if match.group(1):
            fields.append(match.group(1))
            free += bool(match.group(2))
    if position != len(template):
        return fields, f"unexpected {template[position]!r} at {position}"
    if depth:
        return fields, "'[' without ']'"
    if free > 1:
        return fields, "more than one free-text field ('*')"
    if len(set(fields)) != len(fields):
        return fields, "a field appears twice"
    return fields, None


def _reply_properties(spec: dict[str, Any], schema: Any) -> set[str]:
    """The property names of the records a success schema can hold (through $ref, oneOf/anyOf/allOf, arrays)."""
    schema = _resolve(spec, schema)
    if not isinstance(schema, dict):
        return set()
    names = set(schema.get("properties") or {})
    for key in ("oneOf", "anyOf", "allOf"):
        for branch in schema.get(key) or []:
            names |= _reply_properties(spec, branch)
    if "items" in schema:
        names |= _reply_properties(spec, schema["items"])
    return names


def _success_schema(spec: dict[str, Any], op: dict[str, Any], list_key: Any) -> Any:
    response = _resolve(spec, (op.get("responses") or {}).get("200") or {})
    schema = ((response.get("content") or {}).get("application/json") or {}).get("schema")
    if list_key is None or schema is None:
        return schema
    for branch in [schema, *(_resolve(spec, schema).get("oneOf") or [])]:
        found = (_resolve(spec, branch).get("properties") or {}).get(list_key)
        if found is not None:
            return found
    return None


def layout_problems(spec: dict[str, Any]) -> list[str]:
    """`x-reply-layout` (text reply layouts, see specs/smsc.yaml's info): valid templates whose fields the JSON
    reply has; with `x-error-layout` in the info, every operation has one."""
    problems = []
    error_layout = spec.get("info", {}).get("x-error-layout")
    if error_layout is not None:
        for fmt in ("fmt0", "fmt1"):
            problem = template_fields(str(error_layout.get(fmt, "")))[1] if fmt in error_layout else "missing"
            if problem:
                problems.append(f"info.x-error-layout.{fmt}: {problem}")
    for path, method, op, _ in _operations(spec):
        where = f"{method.upper()} {path}: x-reply-layout"
        layout = op.get("x-reply-layout")
        if layout is None:
            if error_layout is not None:
                problems.append(f"{where} missing (the info gives x-error-layout, so every reply has a layout)")
            continue
        chosen = layout.get("chosen-by")
        variants = {"": layout} if chosen is None else dict(layout.get("layouts") or {})
        if chosen is not None:
            content: dict[str, Any] = _resolve(spec, op.get("requestBody") or {}).get("content") or {}
            media: dict[str, Any] = next(iter(content.values()), {})
            form_schema = media.get("schema", {})
            field_schema = _form_property(spec, form_schema, str(chosen.get("field")))
            if field_schema is None:
                problems.append(f"{where}: chosen-by field {chosen.get('field')!r} is not a request field")
            elif "enum" in field_schema and not {str(v) for v in variants} <= {str(v) for v in field_schema["enum"]}:
                problems.append(f"{where}: layouts {sorted(map(str, variants))} are not values of {chosen['field']}")
        schema = _success_schema(spec, op, layout.get("list-key"))
        known = _reply_properties(spec, schema) if schema is not None else set()
        for choice, variant in variants.items():
            for fmt in ("fmt0", "fmt1"):
                at = f"{where}{f'.layouts.{choice}' if choice != '' else ''}.{fmt}"
                if fmt not in variant:
                    problems.append(f"{at}: missing")
                    continue
                fields, problem = template_fields(str(variant[fmt]))
                if problem:
                    problems.append(f"{at}: {problem}")
                unknown = [name for name in fields if name not in known]
                if unknown:
                    problems.append(f"{at}: {', '.join(unknown)} not in the JSON reply's schema")
    return problems


def _form_property(spec: dict[str, Any], schema: Any, name: str) -> dict[str, Any] | None:
    schema = _resolve(spec, schema)
    if not isinstance(schema, dict):
        return None
    if name in (schema.get("properties") or {}):
        found: dict[str, Any] = _resolve(spec, schema["properties"][name])
        return found
    for branch in schema.get("allOf") or []:
        in_branch = _form_property(spec, branch, name)
        if in_branch is not None:
            return in_branch
    return None


def _object_properties(spec: dict[str, Any], schema: Any) -> dict[str, Any]:
    """The properties of an object schema, its `allOf` parts' included, each dereferenced."""
    schema = _resolve(spec, schema)
    found = {name: _resolve(spec, value) for name, value in schema.get("properties", {}).items()}
    for part in schema.get("allOf", []):
        found.update(_object_properties(spec, part))
    return found


def recipients_problems(spec: dict[str, Any]) -> list[str]:
    """`x-recipients`: on spending operations of a spec with test numbers, naming fields its JSON body has."""
    problems: list[str] = []
    numbers = spec.get("info", {}).get("x-test-numbers")
    for path, method, op, _shared in _operations(spec):
        marker = op.get("x-recipients")
        if marker is None:
            continue
        where = f"{method.upper()} {path}: x-recipients"
        if not isinstance(marker, dict) or set(marker) - {"messages", "number", "list"} or "number" not in marker:
            problems.append(f"{where} must be {{messages: <array field>, number: <field>, list: <field>}}")
            continue
        if op.get("x-spends-credit") is not True:
            problems.append(f"{where} marks an operation without x-spends-credit")
        if (
            not isinstance(numbers, list)
            or not numbers
            or not all(re.fullmatch(r"\+[0-9]{6,15}", str(n)) for n in numbers)
        ):
            problems.append(f"{where} needs info.x-test-numbers (E.164 numbers) to send to")
        schema = (op.get("requestBody") or {}).get("content", {}).get("application/json", {}).get("schema")
        messages = _object_properties(spec, schema).get(str(marker.get("messages")), {})
        if messages.get("type") != "array":
            problems.append(f"{where}: the JSON body has no array {marker.get('messages')!r}")
            continue
        fields = _object_properties(spec, messages.get("items", {}))
        for role in ("number", "list"):
            if role in marker and marker[role] not in fields:
                problems.append(f"{where}: the messages have no {role} field {marker[role]!r}")
    return problems


# `\d \s \w` and their negations mean other things to Python's re (Unicode digits, U+001C-U+001F as space) than
# to ECMA 262, the regex dialect of OpenAPI: a generator and a server reading them apart turn valid requests into
# 400s. Request patterns spell their classes out (`[0-9]`, `[!-~]`).
SHORTHAND_CLASS = re.compile(r"(?<!\\)(?:\\\\)*\\[dDsSwW]")


def request_pattern_problems(spec: dict[str, Any]) -> list[str]:
    """Patterns of request parameters and bodies that use a shorthand class (`\\S`, `\\d`, ...)."""
    problems: list[str] = []

    def walk(schema: Any, at: str, seen: frozenset[str]) -> None:
        if not isinstance(schema, dict):
            return
        ref = schema.get("$ref")
        if isinstance(ref, str):
            if ref not in seen:
                walk(_resolve(spec, schema), at, seen | {ref})
            return
        pattern = schema.get("pattern")
        if isinstance(pattern, str) and SHORTHAND_CLASS.search(pattern):
            problems.append(f"{at}: pattern '{pattern}' uses a shorthand class, which Python and ECMA 262 read apart")
        for name, inner in (schema.get("properties") or {}).items():
            walk(inner, f"{at}.{name}", seen)
        for key in ("items", "additionalProperties"):
            walk(schema.get(key), f"{at}[]", seen)
        for key in ("allOf", "anyOf", "oneOf"):
            for inner in schema.get(key) or []:
                walk(inner, at, seen)

    for path, method, op, shared in _operations(spec):
        where = f"{method.upper()} {path}"
        for param in (_resolve(spec, p) for p in shared + op.get("parameters", [])):
            walk(param.get("schema"), f"{where}: parameter {param.get('name')}", frozenset())
        for media_type, media in ((op.get("requestBody") or {}).get("content") or {}).items():
            walk(media.get("schema"), f"{where}: {media_type} body", frozenset())
    return problems


# Property names that hold a credential: each must be marked `x-secret: true` (out of reprs and error details).
CREDENTIAL_NAME = re.compile(r"(?i)(?:^|_)(?:password|passwd|psw|api_?key|secret|token)$")


def secret_marking_problems(spec: dict[str, Any]) -> list[str]:
    """Properties named like a credential (`password`, `api_key`, `..._token`) without `x-secret: true`."""
    problems: list[str] = []
    for name, schema in (spec.get("components", {}).get("schemas") or {}).items():
        for field, inner in (_resolve(spec, schema).get("properties") or {}).items():
            if CREDENTIAL_NAME.search(str(field)) and _resolve(spec, inner).get("x-secret") is not True:
                problems.append(f"components.schemas.{name}.{field}: a credential without x-secret: true")
    return problems


def house_rules(spec: dict[str, Any]) -> list[str]:
    problems: list[str] = undefined_schemes(spec) + charset_problems(spec) + layout_problems(spec)
    problems += recipients_problems(spec) + request_pattern_problems(spec) + secret_marking_problems(spec)
    errors_in_200 = bool(spec.get("info", {}).get("x-error-replies-in-200"))
    mockable = has_plain_paths(spec)
    ops = _operations(spec)
    params_by_id: dict[str, set[str]] = {}
    for _path, _method, op, shared in ops:
        params = [_resolve(spec, p) for p in shared + op.get("parameters", [])]
        params_by_id[op.get("operationId", "")] = {p["name"] for p in params}

    seen: set[str] = set()
    for path, method, op, shared in ops:
        where = f"{method.upper()} {path}"
        op_id = op.get("operationId")
        if not op_id or not SNAKE.match(op_id):
            problems.append(f"{where}: operationId missing or not snake_case: {op_id!r}")
        elif op_id in seen:
            problems.append(f"{where}: duplicate operationId {op_id}")
        seen.add(op_id or "")
        for key in ("summary", "tags"):
            if not op.get(key):
                problems.append(f"{where}: no {key}")
        if "security" not in op:
            problems.append(f"{where}: no explicit security (root-level security is ignored by the generator)")
        if op.get("x-unverified") and not op.get("description", "").startswith("Unverified"):
            problems.append(f"{where}: x-unverified but the description does not start with 'Unverified'")

        params = [_resolve(spec, p) for p in shared + op.get("parameters", [])]
        for param in params:
            schema = _resolve(spec, param.get("schema", {}))
            if "type" not in schema and "enum" not in schema:
                problems.append(f"{where}: parameter {param['name']} has no schema type")
        declared = {p["name"] for p in params if p["in"] == "path"}
        for name in re.findall(r"{([^}]+)}", path):
            if name not in declared:
                problems.append(f"{where}: path parameter {name} is not declared")

        body = op.get("requestBody")
        if body:
            content = body.get("content", {})
            media_types = list(content)
            ref = content.get(media_types[0], {}).get("schema", {}).get("$ref", "") if media_types else ""
            if len(media_types) != 1 or media_types[0] not in BODY_TYPES or not ref.startswith("#/components/schemas/"):
                problems.append(f"{where}: request body must be one of {', '.join(BODY_TYPES)} with a $ref to a schema")

        responses = op.get("responses", {})
        if not any(str(code).startswith("2") for code in responses):
            problems.append(f"{where}: no 2xx response")
        if errors_in_200:
            codes = op.get("x-state-errors")
            if not isinstance(codes, list) or not all(isinstance(c, int) and 1 <= c <= 9 for c in codes):
                problems.append(f"{where}: x-state-errors must list the error codes (1-9) a valid request can get")
        elif op.get("security") and "401" not in responses:
            problems.append(f"{where}: authenticated but 401 is not documented")
        for flag in ("x-idempotent", "x-spends-credit", "x-changes-credentials"):
            if flag in op and not isinstance(op[flag], bool):
                problems.append(f"{where}: {flag} must be true or false")
        if op.get("x-idempotent") is True and (op.get("x-spends-credit") is True or op.get("x-changes-credentials")):
            problems.append(f"{where}: x-idempotent cannot mark an operation that spends credit or changes credentials")
        if mockable:
            problems += mock_problems(spec, path, method, op, shared)
        for code, response in responses.items():
            response = _resolve(spec, response)
            text = response.get("content", {}).get("text/plain")
            if (
                str(code).startswith("2")
                and text is not None
                and "pattern" not in _resolve(spec, text.get("schema", {}))
            ):
                problems.append(f"{where}: text/plain {code} response has no pattern")
            for name, link in response.get("links", {}).items():
                target = link.get("operationId")
                if target not in params_by_id:
                    problems.append(f"{where}: link {name} targets unknown operation {target!r}")
                    continue
                for param in link.get("parameters", {}):
                    if param not in params_by_id[target]:
                        problems.append(f"{where}: link {name} sets {param!r}, which {target} does not have")
    return problems


# ---- what a static mock needs -------------------------------------------------------------------------------------
#
# Prism 5 in static mode (`prism mock`, no `-d`) answers an operation with its lowest 2xx response: the media
# type's example, else a value made of the schema (@stoplight/json-schema-sampler, on the schema as
# @stoplight/http-spec translates OpenAPI 3.0 to JSON Schema), with each header's example, else a value made of
# the header's schema. `mock_sample` makes that value the same way, so the lint can tell without Node what the
# mock would answer: for a plain string, `"string"`, which no pattern, parser or Location reader takes.

_INT_RANGES = {
    "int32": (-(2**31), 2**31 - 1),
    "int64": (-(2**53 - 1), 2**53 - 1),
    "float": (-(2**128), 2**128 - 1),
    "double": (-sys.float_info.max, sys.float_info.max),
}
_STRING_FORMATS = {
    "email": "user@example.com",
    "password": "pa$$word",
    "date-time": "2019-08-24T14:15:22Z",
    "date": "2019-08-24",
    "uri": "http://example.com",
    "hostname": "example.com",
    "ipv4": "192.168.0.1",
    "ipv6": "2001:0db8:85a3:0000:0000:8a2e:0370:7334",
}
# The keyword that tells json-schema-sampler a schema's type when it names none, in the sampler's order.
_INFERRED_TYPES = (
    ("multipleOf", "number"),
    ("maximum", "number"),
    ("exclusiveMaximum", "number"),
    ("minimum", "number"),
    ("exclusiveMinimum", "number"),
    ("maxLength", "string"),
    ("minLength", "string"),
    ("pattern", "string"),
    ("items", "array"),
    ("maxItems", "array"),
    ("minItems", "array"),
    ("required", "object"),
    ("additionalProperties", "object"),
    ("properties", "object"),
)


def _schema_type(schema: dict[str, Any]) -> str | None:
    kind = schema.get("type")
    if isinstance(kind, str):
        return kind
    return next((inferred for keyword, inferred in _INFERRED_TYPES if keyword in schema), None)


def mock_sample(spec: dict[str, Any], schema: Any, *, required_only: bool = False) -> Any:
    """The value Prism's static mode makes of `schema` (`$ref`s resolved in `spec`): its `default`, `enum`'s first
    value or `example`, in that order, else one made of its type (`"string"`, the minimum or 0, true, one item, every
    property). `required_only`: objects get their required properties only (how a request is made of the spec's
    examples; Prism itself samples every property)."""
    return _sample(spec, schema, required_only, ())


def _sample(spec: dict[str, Any], schema: Any, required_only: bool, refs: tuple[str, ...]) -> Any:
    if not isinstance(schema, dict):
        return None
    ref = schema.get("$ref")
    if isinstance(ref, str):
        if ref in refs:  # a schema that holds itself: the sampler stops with an empty value
            return {"object": {}, "array": []}.get(_schema_type(_resolve(spec, schema)) or "")
        return _sample(spec, _resolve(spec, schema), required_only, (*refs, ref))
    if "allOf" in schema:
        rest = {key: value for key, value in schema.items() if key != "allOf"}
        value = _sample(spec, rest, required_only, refs)
        kind = _schema_type(rest) or next(
            (_schema_type(_resolve(spec, part)) for part in schema["allOf"] if _schema_type(_resolve(spec, part))), None
        )
        parts = [_sample(spec, part, required_only, refs) for part in schema["allOf"]]
        parts = [part for part in parts if part is not None]
        if kind == "object":
            merged = dict(value) if isinstance(value, dict) else {}
            for part in parts:
                if isinstance(part, dict):
                    merged.update(part)
            return merged
        return parts[-1] if parts else value
    for alternatives in ("oneOf", "anyOf"):
        if schema.get(alternatives):
            return _sample(spec, schema[alternatives][0], required_only, refs)
    if "default" in schema:
        return schema["default"]
    if schema.get("enum"):
        return schema["enum"][0]
    if "example" in schema:
        return schema["example"]
    kind = _schema_type(schema)
    if kind == "string":
        if schema.get("format") in _STRING_FORMATS:
            return _STRING_FORMATS[schema["format"]]
        text = "string"
        minimum = int(schema.get("minLength", 0))
        if minimum > len(text):
            text = (text * (minimum // len(text) + 1))[:minimum]
        return text[: schema["maxLength"]] if "maxLength" in schema else text
    if kind in ("integer", "number"):
        return _sample_number(schema)
    if kind == "boolean":
        return True
    if kind == "array":
        items = schema.get("items")
        if not isinstance(items, dict):
            return []
        count = min(schema.get("maxItems", sys.maxsize), schema.get("minItems") or 1)
        return [_sample(spec, items, required_only, refs) for _ in range(count)]
    if kind == "object":
        required = set(schema.get("required") or ())
        value = {
            name: _sample(spec, prop, required_only, refs)
            for name, prop in (schema.get("properties") or {}).items()
            if name in required or not required_only
        }
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict) and not required_only:
            value |= {name: _sample(spec, extra, required_only, refs) for name in ("property1", "property2")}
        return value
    return None


def _sample_number(schema: dict[str, Any]) -> float:
    # http-spec first narrows the bounds to the format's range, then turns OpenAPI 3.0's boolean exclusive bounds
    # into JSON Schema's numeric ones (dropping `minimum`/`maximum`); the sampler takes the minimum, else one
    # above the exclusive minimum, else one below the exclusive maximum, else the maximum, else 0.
    minimum, maximum = _number(schema.get("minimum")), _number(schema.get("maximum"))
    if schema.get("format") in _INT_RANGES:
        low, high = _INT_RANGES[schema["format"]]
        minimum = low if minimum is None else max(minimum, low)
        maximum = high if maximum is None else min(maximum, high)
    above = minimum if schema.get("exclusiveMinimum") is True else None
    below = maximum if schema.get("exclusiveMaximum") is True else None
    if minimum is not None and above is None:
        return minimum
    if above is not None:
        value = above + 1
        return (value + below - 1) / 2 if value == below else value
    if below is not None:
        return below - 1
    return maximum if maximum is not None else 0


def _number(value: Any) -> float | None:
    return value if isinstance(value, int | float) and not isinstance(value, bool) else None


def _schema_problems(spec: dict[str, Any], schema: Any, value: Any) -> list[str]:
    """Where and why `value` does not match `schema` (OpenAPI 3.0 semantics, `$ref`s into `spec`), one line each."""
    root = {**schema, "components": spec.get("components", {})} if isinstance(schema, dict) else {}
    found = []
    for error in sorted(OAS30Validator(root).iter_errors(value), key=lambda e: [str(p) for p in e.absolute_path]):
        at = "/".join(str(part) for part in error.absolute_path)
        found.append((f"at {at}: " if at else "") + error.message[:200])
    return found


def example_of(media: dict[str, Any]) -> tuple[bool, Any]:
    """The example a media type, parameter or header gives itself (`example`, else the first of `examples`):
    (whether it gives one, the value)."""
    if "example" in media:
        return True, media["example"]
    examples = media.get("examples")
    if isinstance(examples, dict) and examples:
        first = next(iter(examples.values()))
        if isinstance(first, dict) and "value" in first:
            return True, first["value"]
    return False, None


def _has_example(spec: dict[str, Any], node: dict[str, Any]) -> bool:
    """Whether a media type, parameter or header gives an example, on itself or its schema (after `$ref`s)."""
    schema = _resolve(spec, node.get("schema", {}))
    return example_of(node)[0] or any(key in schema for key in ("example", "default", "enum"))


def example_parameters(
    spec: dict[str, Any], op: dict[str, Any], shared: Sequence[Any] = ()
) -> list[tuple[dict[str, Any], Any]]:
    """Each required parameter of an operation (resolved; its path item's `shared` ones first) with the value a
    request made of the spec's examples sends: its example, else the value made of its schema (`mock_sample`)."""
    found = []
    for param in (_resolve(spec, p) for p in [*shared, *op.get("parameters", [])]):
        if param.get("required"):
            given, example = example_of(param)
            found.append((param, example if given else mock_sample(spec, param.get("schema", {}))))
    return found


def example_body(spec: dict[str, Any], op: dict[str, Any]) -> tuple[str, dict[str, Any], Any] | None:
    """An operation's request body as a request made of the spec's examples sends it: (media type, media type
    object, value): the media type's example, else its schema's required fields made of their examples."""
    content = _resolve(spec, op.get("requestBody", {})).get("content") or {}
    if not content:
        return None
    media_type, media = next(iter(content.items()))
    given, example = example_of(media)
    return media_type, media, example if given else mock_sample(spec, media.get("schema", {}), required_only=True)


def has_plain_paths(spec: dict[str, Any]) -> bool:
    """No path carries a `#fragment` (SMSC gives each action of one URL a fragment; a mock cannot route those)."""
    return not any("#" in path for path in spec.get("paths", {}))


def mock_problems(spec: dict[str, Any], path: str, method: str, op: dict[str, Any], shared: list[Any]) -> list[str]:
    """What a static mock lacks to answer one operation in a shape its client reads, and its callers to send it a
    valid request made of the spec's examples:

    - every text (non-JSON) success body gives an example matching its schema: a bare value has to be a real
      one, and Prism would answer `"string"`;
    - every JSON success body's example, or the value Prism makes of its schema (`mock_sample`), matches the schema;
    - every header of a success response gives an example matching its schema (a Location without one is
      `"string"`);
    - every required parameter, and the request body (its example, else its required fields' examples), makes a
      request that matches its schema. Prism does not need these (it only validates requests), its callers do:
      the Prism test sends each operation exactly that request.
    """
    where = f"{method.upper()} {path}"
    problems: list[str] = []
    for code, response in op.get("responses", {}).items():
        if not str(code).startswith("2"):
            continue
        response = _resolve(spec, response)
        for media_type, media in (response.get("content") or {}).items():
            schema = media.get("schema", {})
            given, example = example_of(media)
            is_json = media_type == "application/json" or media_type.endswith("+json")
            if not is_json and not _has_example(spec, media):
                problems.append(f"{where}: {code} {media_type} body has no example (a static mock answers 'string')")
                continue
            value = example if given else mock_sample(spec, schema)
            made = "its example" if given else "the answer a static mock makes of its schema"
            for problem in _schema_problems(spec, schema, value):
                problems.append(f"{where}: {code} {media_type} body: {made} does not match the schema {problem}")
        for name, header in (response.get("headers") or {}).items():
            header = _resolve(spec, header)
            if not _has_example(spec, header):
                problems.append(f"{where}: {code} header {name} has no example (a static mock sends 'string')")
                continue
            given, example = example_of(header)
            value = example if given else mock_sample(spec, header.get("schema", {}))
            for problem in _schema_problems(spec, header.get("schema", {}), value):
                problems.append(f"{where}: {code} header {name}: its example does not match the schema {problem}")

    for param, value in example_parameters(spec, op, shared):
        given = example_of(param)[0]
        made = "its example" if given else "the value made of its schema"
        for problem in _schema_problems(spec, param.get("schema", {}), value):
            problems.append(
                f"{where}: {param.get('in')} parameter {param.get('name')}: {made} does not match the schema {problem}"
            )
    body = example_body(spec, op)
    if body is not None:
        media_type, media, value = body
        made = "its example" if example_of(media)[0] else "the request its required fields' examples make"
        for problem in _schema_problems(spec, media.get("schema", {}), value):
            problems.append(f"{where}: {media_type} request body: {made} does not match the schema {problem}")
    return problems


# Validator errors that come without a message.
_UNNAMED_PROBLEMS = {"ValidatorDetectError": "no `openapi` field naming a version this validator knows"}


def lint_spec(path: Path) -> list[str]:
    """All problems of a spec file, each prefixed by the file name; empty when it is fine."""
    try:
        spec_dict, base_uri = read_document(path), path.resolve().as_uri()
    except yaml.YAMLError as error:
        return [f"{path}: not valid YAML: {error}"]
    dangling = find_dangling_refs(dict(spec_dict))
    if dangling:
        return [f"{path}: {problem}" for problem in dangling]
    try:
        validate(spec_dict, base_uri=base_uri)
    except Exception as error:  # the validator raises several error types; all mean "invalid spec"
        lines = str(getattr(error, "message", error)).splitlines() or [_UNNAMED_PROBLEMS.get(type(error).__name__, "")]
        message = (lines[0] or type(error).__name__)[:300]  # never the whole spec
        location = "/".join(str(p) for p in getattr(error, "absolute_path", []))
        return [f"{path}: invalid OpenAPI: {message}" + (f" (at {location})" if location else "")]
    return [f"{path}: {problem}" for problem in house_rules(dict(spec_dict))]


def main(paths: list[str]) -> int:
    problems = [problem for path in paths for problem in lint_spec(Path(path))]
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print(f"spec lint: {len(paths)} spec(s) OK")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
