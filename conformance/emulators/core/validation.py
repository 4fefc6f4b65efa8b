"""Request validation against the spec: path and query parameters, and JSON bodies (schema + generated model).

Messages name the parameter or the body location and the constraint, never the value: values can be passwords.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import anyio.to_thread
import jsonschema
import pydantic
from starlette.requests import Request

from .errors import InvalidBody, InvalidParameter
from .limits import DEFAULT_LIMITS, Limits, parse_json
from .operations import Operation

# Bodies at least this big are parsed and validated off the event loop, so other requests are not held up.
OFF_LOOP_BYTES = 64 * 1024


# ECMA 262's character class escapes. Python's are Unicode-wide (`\d` takes Arabic-Indic digits, `\s` the ASCII
# separators U+001C-U+001F and U+0085), ECMA 262's are these sets.
ECMA_CLASSES = {
    "d": "0-9",
    "w": "A-Za-z0-9_",
    "s": r"\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff",
}


def ecma_pattern(pattern: str) -> str:
    """A JSON Schema pattern (an ECMA 262 regex) for Python's `re`, with ECMA 262's meanings where Python's differ:

    - `$` outside a character class becomes `\\Z`: in ECMA 262 `$` matches only at the very end of the text; in
      Python it also matches before a final line break, so `^[^\\n]*$` would let "text\\n" through;
    - `\\d`, `\\w`, `\\s` and their negations become ECMA 262's sets; inside a character class `\\d`, `\\w` and
      `\\s` do, unless the class also has a negated one (`[\\s\\S]`: any character either way), which keeps
      Python's meanings.
    """
    converted: list[str] = []
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\" and index + 1 < len(pattern):
            escape = pattern[index + 1]
            members = ECMA_CLASSES.get(escape.lower())
            converted.append(f"[{'^' if escape.isupper() else ''}{members}]" if members else char + escape)
            index += 2
        elif char == "[":
            end = _class_end(pattern, index)
            converted.append(_ecma_class(pattern[index:end]))
            index = end
        else:
            converted.append("\\Z" if char == "$" else char)
            index += 1
    return "".join(converted)


def _class_end(pattern: str, start: int) -> int:
    """The index just past the character class that opens at `start` (a `]` first in it is a member)."""
    index = start + 1
    if index < len(pattern) and pattern[index] == "^":
        index += 1
    if index < len(pattern) and pattern[index] == "]":
        index += 1
    while index < len(pattern) and pattern[index] != "]":
        index += 2 if pattern[index] == "\\" else 1
    return min(index + 1, len(pattern))


def _ecma_class(text: str) -> str:
    """A character class with its `\\d`, `\\w`, `\\s` as ECMA 262's sets (unless it has a negated one too)."""
    escapes = [text[i + 1] for i in range(len(text) - 1) if text[i] == "\\" and (i == 0 or text[i - 1] != "\\")]
    if any(escape in "DWS" for escape in escapes):
        return text
    return re.sub(r"\\(.)", lambda m: ECMA_CLASSES.get(m.group(1), m.group(0)), text)


def _pattern(validator: Any, pattern: str, instance: Any, schema: dict[str, Any]) -> Iterator[Any]:
    if validator.is_type(instance, "string") and not re.search(ecma_pattern(pattern), instance):
        yield jsonschema.ValidationError(f"does not match {pattern!r}")  # never the value: it can be a secret


# OpenAPI's integer formats are ranges: "int32 signed 32 bits, int64 signed 64 bits". Other formats stay notes.
INTEGER_FORMATS = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}


def _format(validator: Any, kind: str, instance: Any, schema: dict[str, Any]) -> Iterator[Any]:
    bounds = INTEGER_FORMATS.get(kind)
    if bounds is not None and validator.is_type(instance, "integer") and not bounds[0] <= instance <= bounds[1]:
        yield jsonschema.ValidationError(f"is not an {kind}")  # never the value


# JSON Schema validation with ECMA 262 pattern semantics (see ecma_pattern) and OpenAPI's integer formats.
SchemaValidator = jsonschema.validators.extend(
    jsonschema.Draft202012Validator, {"pattern": _pattern, "format": _format}
)


def validate(instance: Any, schema: dict[str, Any]) -> None:
    """Raise jsonschema.ValidationError when `instance` does not match `schema`."""
    SchemaValidator(schema).validate(instance)


def convert(raw: str, schema: dict[str, Any], name: str, limits: Limits = DEFAULT_LIMITS) -> Any:
    """A path or query value as its schema's type (integer, number, boolean; anything else stays text)."""
    kind = schema.get("type", "string")
    if kind in ("integer", "number"):
        if len(raw) > limits.max_number_digits:
            limit = limits.max_number_digits
            raise InvalidParameter(name, f"Parameter '{name}' must be a {kind} of at most {limit} digits")
        try:
            return int(raw) if kind == "integer" else float(raw)
        except ValueError:
            raise InvalidParameter(name, f"Parameter '{name}' must be a {kind}") from None
    if kind == "boolean":
        if raw not in ("true", "false"):
            raise InvalidParameter(name, f"Parameter '{name}' must be true or false")
        return raw == "true"
    return raw


def validate_parameters(operation: Operation, request: Request) -> tuple[dict[str, Any], dict[str, Any]]:
    """Path and query values converted to their schema types and checked against the schema.

    A query parameter with `allowEmptyValue: true` given empty (`?date_from=`) counts as not given."""
    path: dict[str, Any] = {}
    query: dict[str, Any] = {}
    for parameter in operation.parameters:
        name, where, schema = parameter["name"], parameter["in"], parameter.get("schema", {})
        if where == "path":
            raw = request.path_params.get(name)
        elif where == "query":
            raw = request.query_params.get(name)
        else:
            continue
        if raw == "" and where == "query" and parameter.get("allowEmptyValue") is True:
            raw = None  # OpenAPI 3.0: an empty value may stand "in place of parameters that would be omitted"
        if raw is None:
            if parameter.get("required"):
                raise InvalidParameter(name, f"Missing required parameter '{name}'")
            if "default" in schema:
                (path if where == "path" else query)[name] = schema["default"]
            continue
        value = convert(raw, schema, name)
        try:
            validate(value, schema)
        except jsonschema.ValidationError as error:
            raise InvalidParameter(name, f"Invalid parameter '{name}': {error.validator} constraint not met") from None
        (path if where == "path" else query)[name] = value
    return path, query


@dataclass(frozen=True)
class FormFile:
    """One file of a multipart/form-data body."""

    filename: str
    content_type: str
    content: bytes = field(repr=False)


@dataclass(frozen=True)
class MultipartForm:
    """A multipart/form-data body: its text fields and its files, by field name (the first of a repeated name)."""

    fields: dict[str, str]
    files: dict[str, FormFile]


# How an API reads a multipart/form-data body of one operation into the JSON document its schema describes
# (ClickSend's upload: the file, Base64-encoded, as `content`), which is then validated like a JSON body.
FormReader = Callable[[MultipartForm], Any]
# An API's reading of a parsed JSON body before validation (a field name the docs spell two ways).
BodyRewrite = Callable[[Any], Any]


def parse_body(
    operation: Operation, raw: bytes, limits: Limits = DEFAULT_LIMITS, rewrite: BodyRewrite | None = None
) -> pydantic.BaseModel:
    """A JSON body checked against the operation's schema and parsed into its generated model."""
    document = parse_json(raw, limits)
    if rewrite is not None:
        document = rewrite(document)
        raw = json.dumps(document).encode("utf-8")
    return validated_body(operation, document, raw)


def validated_body(operation: Operation, document: Any, raw: bytes) -> pydantic.BaseModel:
    """A parsed body (`document`, and `raw`, its JSON) checked against the schema and parsed into the model."""
    assert operation.body_model is not None
    try:
        validate(document, operation.body_schema or {})
    except jsonschema.ValidationError as error:
        where = "/".join(str(part) for part in error.absolute_path) or "body"
        message = f"Invalid request body at {where}: {error.validator} constraint not met"
        raise InvalidBody(message, str(error.validator)) from None
    try:
        # From the raw JSON, not the parsed document: pydantic's JSON mode is the one the models are made for.
        return operation.body_model.model_validate_json(raw)
    except pydantic.ValidationError as error:
        problems = "; ".join(
            f"{'.'.join(str(part) for part in item['loc']) or 'body'}: {item['msg']}"
            for item in error.errors(include_input=False, include_url=False)
        )
        raise InvalidBody(f"Invalid request body: {problems}") from None


async def read_form(request: Request) -> MultipartForm:
    """The multipart/form-data body of a request (already read whole by BodyLimit); 400 when it is malformed."""
    try:
        form = await request.form()
        fields: dict[str, str] = {}
        files: dict[str, FormFile] = {}
        for name, value in form.multi_items():
            if isinstance(value, str):
                fields.setdefault(name, value)
            elif name not in files:
                content = await value.read()
                files[name] = FormFile(value.filename or "", value.content_type or "", content)
        await form.close()
    except Exception:  # python-multipart's and Starlette's parse errors have no common base
        raise InvalidBody("Malformed multipart/form-data body") from None
    return MultipartForm(fields, files)


async def validate_body(
    operation: Operation,
    request: Request,
    limits: Limits = DEFAULT_LIMITS,
    *,
    form_reader: FormReader | None = None,
    rewrite: BodyRewrite | None = None,
) -> Any:
    """The body parsed into the operation's generated pydantic model (None if it has none, or if it is optional
    and left out). JSON, or multipart/form-data for an operation the API gives a `form_reader`."""
    if operation.body_model is None:
        return None
    raw = await request.body()
    if not raw:
        if not operation.body_required:
            return None
        raise InvalidBody("A JSON request body is required")
    content_type = request.headers.get("content-type", "")
    if form_reader is not None and content_type.lower().startswith("multipart/form-data"):
        document = form_reader(await read_form(request))
        return validated_body(operation, document, json.dumps(document).encode("utf-8"))
    if content_type and "json" not in content_type:
        raise InvalidBody(f"Unsupported content type '{content_type}', expected application/json")
    if len(raw) >= OFF_LOOP_BYTES:
        return await anyio.to_thread.run_sync(parse_body, operation, raw, limits, rewrite)
    return parse_body(operation, raw, limits, rewrite)
