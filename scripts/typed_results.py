"""Write `results.py` of a generated client: frozen dataclasses for what each operation answers, one Python type
per field whatever form the wire used, each read (and checked) by its own `from_wire`.

A spec opts in with `info.x-client-results`:

    x-client-results:
      envelope-field: data          # the result is this field of every JSON success answer (an envelope)
      types:                        # shared schemas the client gives one Python type, by name
        UnixTime: datetime          # Unix seconds, as an int or a numeric string -> an aware UTC datetime
        Money: decimal              # a number or a decimal string -> Decimal
        Flag: bool                  # 0/1 -> bool

Every object schema reached from a result becomes a dataclass: a named schema under its name, an inline one
under its parent's name plus the field's (`SmsSendResult` + `messages` -> `SmsSendResultMessages`). `allOf` parts
merge into one class. Wire names that are not Python names become ones (`_currency` -> `currency`, `from` ->
`from_`); properties marked `x-secret: true` are left out of the repr. For each operation there is a reader,
`<operationId>_result(data) -> <its result type>`, which the overlay applies to the envelope's field. A value of
the wrong type raises `Malformed` naming where it stands (never the value: it may be a secret).
"""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass, field
from typing import Any

from conformance.spec_index import SpecIndex

# The kinds `x-client-results.types` may name: the Python type, and its reader in overlays/_shared/wire.py
# (copied as smsgw_x/_wire.py).
KINDS = {
    "datetime": ("datetime", "unix_time"),  # Unix seconds, an int or a numeric string
    "datetime-or-empty": ("datetime | None", "unix_time_or_empty"),  # the same, or "" for none
    "decimal": ("Decimal", "decimal"),  # a number or a decimal string
    "count": ("int", "count"),  # a whole number, also written `"3"` or `"1.00"`
    "bool": ("bool", "flag"),  # 0/1
}


class ResultsError(Exception):
    """The spec asks for something the results generator cannot express (names the place)."""


@dataclass
class Field:
    wire: str
    name: str
    annotation: str  # the Python type, `| None` included when optional or nullable
    reader: str  # a callable `(value, at) -> the type` (wire.py's readers, a class's `from_wire`, ...)
    required: bool
    secret: bool


@dataclass
class ResultClass:
    name: str
    description: str
    fields: list[Field] = field(default_factory=list)


def python_name(wire: str, taken: set[str]) -> str:
    name = re.sub(r"[^0-9a-zA-Z_]", "_", wire).strip("_") or "field"
    name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()
    if name[0].isdigit():
        name = f"n_{name}"
    if keyword.iskeyword(name) or name in ("self", "cls"):  # a dataclass __init__ takes self; a classmethod cls
        name += "_"
    while name in taken:
        name += "_"
    return name


def pascal(text: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^0-9a-zA-Z]+", text) if part)


class Generator:
    def __init__(self, spec: SpecIndex) -> None:
        self.spec = spec
        settings = spec.info_marker.get("client-results") or {}
        self.envelope_field = str(settings.get("envelope-field", "data"))
        self.types: dict[str, str] = {}
        for name, kind in (settings.get("types") or {}).items():
            if kind not in KINDS:
                raise ResultsError(f"info.x-client-results.types.{name}: {kind!r} is not one of {sorted(KINDS)}")
            self.types[str(name)] = str(kind)
        self.classes: dict[str, ResultClass] = {}
        self.in_progress: set[str] = set()
        self.readers: list[tuple[str, str, str]] = []  # operation id, annotation, reader expression of `data`

    # ---- schemas to types ---------------------------------------------------------------------------------

    def merged(self, schema: dict[str, Any], at: str) -> dict[str, Any]:
        """A schema with its allOf parts merged (properties, required, nullable), $refs followed."""
        schema = self.spec.deref(schema)
        parts = schema.get("allOf")
        if not parts:
            return schema
        merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        properties: dict[str, Any] = dict(merged.pop("properties", {}) or {})
        required: list[str] = list(merged.pop("required", []) or [])
        for part in parts:
            resolved = self.merged(part, at)
            if resolved.get("anyOf") or resolved.get("oneOf"):
                continue  # a constraint on which fields are present (at least one of ...), not a shape
            properties.update(resolved.get("properties") or {})
            required += resolved.get("required") or []
            merged.setdefault("type", resolved.get("type"))
            merged.setdefault("description", resolved.get("description"))
        merged["properties"] = properties
        merged["required"] = required
        return merged

    def accepts_null(self, schema: Any) -> bool:
        schema = self.spec.deref(schema)
        branches = [*(schema.get("oneOf") or []), *(schema.get("anyOf") or [])]
        return bool(schema.get("nullable")) or any(self.accepts_null(branch) for branch in branches)

    def ref_name(self, schema: Any) -> str | None:
        if isinstance(schema, dict) and "$ref" in schema:
            return str(schema["$ref"]).rsplit("/", 1)[-1]
        return None

    def type_of(self, schema: Any, at: str, name_hint: str) -> tuple[str, str]:
        """(annotation, reader) for a schema; never `Any`."""
        ref = self.ref_name(schema)
        if ref in self.types:
            annotation, reader = KINDS[self.types[ref]]
            if self.accepts_null(schema) and not annotation.endswith("| None"):
                return f"{annotation} | None", f"nullable({reader})"
            return annotation, reader
        resolved = self.merged(schema, at)
        if resolved.get("nullable") and resolved.get("enum") == [None]:
            return "None", "null"  # the value is always null (an answer whose `data` is documented as null)
        annotation, reader = self._type_of(resolved, ref, at, name_hint)
        if resolved.get("nullable"):
            return f"{annotation} | None", f"nullable({reader})"
        return annotation, reader

    def _type_of(self, schema: dict[str, Any], ref: str | None, at: str, name_hint: str) -> tuple[str, str]:
        for key in ("oneOf", "anyOf"):
            if schema.get(key):
                options = [self.type_of(option, at, name_hint) for option in schema[key]]
                annotations = sorted({annotation for annotation, _ in options})
                if len(annotations) == 1:
                    return options[0]
                raise ResultsError(f"{at}: a {key} of different types ({', '.join(annotations)}) has no one type")
        kind = schema.get("type")
        if kind == "array":
            item, item_reader = self.type_of(schema.get("items") or {}, f"{at}[]", name_hint)
            return f"list[{item}]", f"list_of({item_reader})"
        if kind == "object" or schema.get("properties"):
            if not schema.get("properties"):
                return "dict[str, object]", "mapping"
            class_name = ref or name_hint
            self.result_class(class_name, schema, at)
            return class_name, f"{class_name}.from_wire"
        if kind == "string":
            if schema.get("enum"):
                literal = ", ".join(repr(str(value)) for value in schema["enum"])
                return f"Literal[{literal}]", f"one_of(({literal},))"
            return "str", "text"
        if kind == "integer":
            return "int", "integer"
        if kind == "number":
            return "float", "number"
        if kind == "boolean":
            return "bool", "boolean"
        if not kind and not schema.get("properties"):
            return "object", "anything"  # the spec gives no shape: the value as the JSON holds it
        raise ResultsError(f"{at}: type {kind!r} has no Python type")

    def result_class(self, name: str, schema: dict[str, Any], at: str) -> None:
        if name in self.classes or name in self.in_progress:
            return
        self.in_progress.add(name)
        made = ResultClass(name, " ".join(str(schema.get("description") or f"`{name}`.").split()))
        required = set(schema.get("required") or [])
        properties = schema.get("properties") or {}
        # A wire name that is already a Python name keeps it; the others (`_message_type`, `from`) take what is left,
        # so the field named `message_type` on the wire is `message_type` whichever of the two the spec lists first.
        names: dict[str, str] = {}
        taken: set[str] = set()
        for exact in (True, False):
            for wire in properties:
                if str(wire) not in names and (python_name(str(wire), set()) == wire) is exact:
                    names[str(wire)] = python_name(str(wire), taken)
                    taken.add(names[str(wire)])
        for wire, property_schema in properties.items():
            python = names[str(wire)]
            annotation, reader = self.type_of(property_schema, f"{at}.{wire}", name + pascal(str(wire)))
            is_required = wire in required
            if not is_required and not annotation.endswith("| None"):
                annotation += " | None"
            secret = bool(self.spec.deref(property_schema).get("x-secret"))
            made.fields.append(Field(str(wire), python, annotation, reader, is_required, secret))
        self.in_progress.discard(name)
        self.classes[name] = made

    # ---- operations -------------------------------------------------------------------------------------

    def operation_result(self, operation_id: str) -> None:
        operation = self.spec.operation(operation_id)
        responses = operation.raw.get("responses") or {}
        success = next((code for code in sorted(responses) if str(code).startswith("2")), None)
        where = f"{operation.method} {operation.path}"
        if success is None:
            raise ResultsError(f"{where}: no success response")
        response = self.spec.deref(responses[success])
        schema = ((response.get("content") or {}).get("application/json") or {}).get("schema")
        if schema is None:
            raise ResultsError(f"{where}: {success} has no application/json schema")
        envelope = self.merged(schema, where)
        data = (envelope.get("properties") or {}).get(self.envelope_field)
        if data is None:
            raise ResultsError(f"{where}: the {success} answer has no `{self.envelope_field}`")
        annotation, reader = self.type_of(data, self.envelope_field, pascal(operation_id) + "Result")
        self.readers.append((operation_id, annotation, reader))

    def module(self) -> str:
        for operation in self.spec.operations:
            self.operation_result(operation.operation_id)
        return render(self.spec, self)


def render(spec: SpecIndex, generator: Generator) -> str:
    lines = [
        f'"""What each operation of specs/{spec.api}.yaml answers, typed (its `{generator.envelope_field}`).',
        "",
        "Generated by scripts/typed_results.py; do not edit. Times are aware UTC datetimes, money Decimal, flags bool,",
        "whichever form the wire used; a value of the wrong type raises Malformed naming where it stands.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from dataclasses import dataclass, field",
        "from datetime import datetime",
        "from decimal import Decimal",
        "from typing import Literal",
        "",
        "from ._wire import (",
        *(f"    {name}," for name in WIRE_NAMES),
        ")",
        "",
        "# What a spec without some kind of field leaves unused (kept, so the module is valid for every spec).",
        f"_USED = (Decimal, Literal, datetime, field, {', '.join(WIRE_NAMES)})",
    ]
    for made in sorted(generator.classes.values(), key=lambda c: c.name):
        lines += ["", "", "@dataclass(frozen=True, kw_only=True)", f"class {made.name}:"]
        lines += [f'    """{_docstring(made.description)}"""', ""]
        for item in made.fields:
            default = "" if item.required else " = None"
            if item.secret:
                default = " = field(repr=False)" if item.required else " = field(default=None, repr=False)"
            lines.append(f"    {item.name}: {item.annotation}{default}")
        lines += [
            "",
            "    @classmethod",
            f"    def from_wire(cls, value: object, at: str) -> {made.name}:",
            "        fields = record(value, at)",
            "        return cls(",
        ]
        for item in made.fields:
            where = f'f"{{at}}.{item.wire}"'
            if item.required:
                lines.append(f"            {item.name}={item.reader}(present(fields, {item.wire!r}, at), {where}),")
            else:
                lines.append(f"            {item.name}=optional({item.reader}, fields.get({item.wire!r}), {where}),")
        lines.append("        )")
    for operation_id, annotation, reader in generator.readers:
        lines += [
            "",
            "",
            f"def {operation_id}_result(value: object, at: str = {generator.envelope_field!r}) -> {annotation}:",
            f"    return {reader}(value, at)",
        ]
    return "\n".join(lines) + "\n"


WIRE_NAMES = (
    "anything",
    "boolean",
    "count",
    "decimal",
    "flag",
    "integer",
    "list_of",
    "mapping",
    "null",
    "nullable",
    "number",
    "one_of",
    "optional",
    "present",
    "record",
    "text",
    "unix_time",
    "unix_time_or_empty",
)


def _docstring(text: str) -> str:
    text = text.replace('"""', "'''").replace("\\", "\\\\")
    return text if len(text) < 110 else text[:107].rsplit(" ", 1)[0] + " ..."


def results_module(spec: SpecIndex) -> str | None:
    """The `results.py` source for a spec with `info.x-client-results`, or None for one without."""
    if "client-results" not in spec.info_marker:
        return None
    return Generator(spec).module()
