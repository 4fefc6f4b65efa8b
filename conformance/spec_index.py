"""One reading of each spec in specs/, shared by every script, emulator, Schemathesis hook and test.

    from conformance.spec_index import spec_index, api_names
    spec = spec_index("smsend")                 # or a path to any OpenAPI file
    spec.title, spec.base_path                  # "smSend REST API", "/API/v1.0/REST"
    op = spec.operation("send_sms")
    op.method, op.path, op.route, op.statuses   # "POST", "/sms", "/sms", ("201", "400", "401", ...)
    op.spends_credit, op.idempotent             # the spec's x- markers
    spec.sends_to_test_numbers(op)              # a live run may send it (to the test numbers only)
    spec.resolve(op.raw["requestBody"])         # every local $ref inlined

A spec is parsed once per process (libyaml's C loader) and cached: the document and everything read from it are
shared, so callers must not change them. The reading is tolerant: a spec that breaks OpenAPI still gives its
operations (spec_lint.py reports what is wrong with it).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
SPECS = ROOT / "specs"
# Every method a path item may hold (OpenAPI 3.0), in the order the spec lists them.
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def api_names() -> list[str]:
    """The APIs of this project: one `specs/<api>.yaml` each (beside its `<api>.config.yaml`)."""
    return sorted(path.stem for path in SPECS.glob("*.yaml") if not path.name.endswith(".config.yaml"))


def spec_path(api: str) -> Path:
    return SPECS / f"{api}.yaml"


def read_document(path: Path) -> Any:
    """A YAML file parsed with libyaml's C loader (about ten times the pure-Python one)."""
    with path.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=yaml.CSafeLoader)


@dataclass(frozen=True)
class SpecOperation:
    """One operation of a spec, with the markers the toolkit acts on."""

    operation_id: str
    method: str  # upper case: "GET"
    path: str  # as the spec writes it; SMSC's carry a `#fragment` naming the action
    raw: dict[str, Any]  # the operation object, $refs as written
    path_parameters: tuple[dict[str, Any], ...]  # the path item's own parameters, $refs as written
    authenticated: bool  # its `security` (or the spec's) asks for a scheme

    @property
    def route(self) -> str:
        """The path as the server sees it: without the fragment (which never reaches the server)."""
        return self.path.split("#", 1)[0]

    @property
    def statuses(self) -> tuple[str, ...]:
        """The response codes the operation documents ("200", "4XX", "default", ...)."""
        return tuple(str(code) for code in self.raw.get("responses") or {})

    @property
    def tags(self) -> tuple[str, ...]:
        return tuple(self.raw.get("tags") or ())

    def marker(self, name: str) -> Any:
        """The value of the operation's `x-<name>` extension, or None."""
        return self.raw.get(f"x-{name}")

    @property
    def spends_credit(self) -> bool:
        return self.marker("spends-credit") is True

    @property
    def changes_credentials(self) -> bool:
        return self.marker("changes-credentials") is True

    @property
    def recipients(self) -> dict[str, str] | None:
        """Where a send's recipients are (`x-recipients`): `messages`, the body's array of messages; `number`,
        each message's recipient number; `list`, a field sending to a whole contact list, if any. None when the
        operation does not name them."""
        marker = self.marker("recipients")
        return {str(key): str(value) for key, value in marker.items()} if isinstance(marker, dict) else None

    @property
    def idempotent(self) -> bool:
        """Safe to send twice: a GET, or `x-idempotent: true`; never an operation that spends credit."""
        return (self.method == "GET" or self.marker("idempotent") is True) and not self.spends_credit


class SpecIndex:
    """A parsed spec: its operations by operationId, its title and base path, and a `$ref` resolver."""

    def __init__(self, path: Path, document: dict[str, Any]) -> None:
        self.path = path
        self.document = document
        self.operations: tuple[SpecOperation, ...] = tuple(operations_of(document))
        self.by_id = {operation.operation_id: operation for operation in self.operations}

    @property
    def api(self) -> str:
        return self.path.stem

    @property
    def title(self) -> str:
        return str((self.document.get("info") or {}).get("title", ""))

    @property
    def info_marker(self) -> dict[str, Any]:
        """The spec-wide `x-` extensions of its info object, by name without `x-`."""
        info = self.document.get("info") or {}
        return {key[2:]: value for key, value in info.items() if key.startswith("x-")}

    @property
    def secret_properties(self) -> frozenset[str]:
        """The names of the properties marked `x-secret: true` (passwords, API keys), anywhere in the spec."""
        found: set[str] = set()

        def walk(node: Any) -> None:
            if isinstance(node, dict):
                properties = node.get("properties")
                if isinstance(properties, dict):
                    for name, schema in properties.items():
                        resolved = self.deref(schema)
                        if isinstance(resolved, dict) and resolved.get("x-secret") is True:
                            found.add(str(name))
                for value in node.values():
                    walk(value)
            elif isinstance(node, list):
                for value in node:
                    walk(value)

        walk(self.document)
        return frozenset(found)

    @property
    def test_numbers(self) -> tuple[str, ...]:
        """The documented test numbers (`info.x-test-numbers`): sends to them are free."""
        return tuple(str(number) for number in self.info_marker.get("test-numbers") or ())

    def sends_to_test_numbers(self, operation: SpecOperation) -> bool:
        """Whether a live run can make this spending operation free: the spec names its recipients and has test
        numbers to put there (conformance/schemathesis_hooks/live_sends.py does)."""
        return operation.spends_credit and operation.recipients is not None and bool(self.test_numbers)

    @property
    def base_path(self) -> str:
        """The path part of the first server URL (no trailing slash): the API is served under it."""
        servers = self.document.get("servers") or [{}]
        match = re.match(r"^[a-z]+://[^/]+(/.*)?$", str(servers[0].get("url", "")))
        return (match.group(1) if match and match.group(1) else "").rstrip("/")

    def operation(self, operation_id: str) -> SpecOperation:
        try:
            return self.by_id[operation_id]
        except KeyError:
            raise KeyError(f"{self.path.name} has no operation {operation_id!r}") from None

    def marked(self, marker: str) -> list[str]:
        """The operationIds whose `x-<marker>` is true."""
        return [operation.operation_id for operation in self.operations if operation.marker(marker) is True]

    def target(self, ref: str) -> Any:
        """What a local `$ref` ("#/components/schemas/Sms") points at; KeyError naming it when nothing."""
        return target(self.document, ref, self.path.name)

    def deref(self, node: Any) -> Any:
        """`node` itself, or what its `$ref` (and that one's) points at: one level, not inside."""
        return deref(self.document, node, self.path.name)

    def resolve(self, node: Any) -> Any:
        """A copy of `node` with every local `$ref` inlined, so a schema can be validated on its own."""
        if isinstance(node, dict):
            if "$ref" in node:
                return self.resolve(self.target(node["$ref"]))
            return {key: self.resolve(value) for key, value in node.items()}
        if isinstance(node, list):
            return [self.resolve(item) for item in node]
        return node

    def parameters(self, operation: SpecOperation) -> list[dict[str, Any]]:
        """The operation's parameters (its path item's, then its own), each resolved."""
        found = [*operation.path_parameters, *(operation.raw.get("parameters") or [])]
        return [self.resolve(parameter) for parameter in found]


def target(document: Any, ref: str, name: str = "spec") -> Any:
    """What a local `$ref` points at in `document`; KeyError naming the reference when nothing."""
    node: Any = document
    for part in ref.removeprefix("#/").split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, dict) or part not in node:
            raise KeyError(f"{name}: $ref {ref!r} points at nothing")
        node = node[part]
    return node


def deref(document: Any, node: Any, name: str = "spec") -> Any:
    """`node`, or what its `$ref` (and that one's) points at in `document`: one level, not inside."""
    while isinstance(node, dict) and "$ref" in node:
        node = target(document, node["$ref"], name)
    return node


def operations_of(document: dict[str, Any]) -> list[SpecOperation]:
    """The operations of a parsed spec, in the order it lists them (also for a spec being linted)."""
    found = []
    default_security = document.get("security")
    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            found.append(
                SpecOperation(
                    operation_id=str(operation.get("operationId", f"{method} {path}")),
                    method=method.upper(),
                    path=str(path),
                    raw=operation,
                    path_parameters=tuple(item.get("parameters") or ()),
                    authenticated=bool(operation.get("security", default_security)),
                )
            )
    return found


@functools.cache
def _load(path: Path) -> SpecIndex:
    document = read_document(path)
    if not isinstance(document, dict):
        raise ValueError(f"{path}: not an OpenAPI document (a YAML mapping)")
    return SpecIndex(path, document)


def spec_index(api_or_path: str | Path) -> SpecIndex:
    """The index of `specs/<api>.yaml`, or of the OpenAPI file at a path; parsed once per process."""
    path = Path(api_or_path) if isinstance(api_or_path, Path) or "/" in str(api_or_path) else spec_path(api_or_path)
    return _load(path.resolve())


def as_json_schema(node: Any) -> Any:
    """An OpenAPI 3.0 schema as plain JSON Schema: `nullable: true` becomes an explicit null alternative.

    (Generated pydantic models accept null for every optional field; the spec does not, so the emulators also
    check bodies against the schema itself, and the Schemathesis checks judge forms with it.)
    """
    if isinstance(node, list):
        return [as_json_schema(item) for item in node]
    if not isinstance(node, dict):
        return node
    converted = {key: as_json_schema(value) for key, value in node.items() if key != "nullable"}
    if node.get("nullable"):
        if "type" in converted:
            converted["type"] = [converted["type"], "null"]
            if "enum" in converted:
                converted["enum"] = [*converted["enum"], None]
        else:
            converted = {"anyOf": [converted, {"type": "null"}]}
    return converted
