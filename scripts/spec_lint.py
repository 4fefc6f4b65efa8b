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
- every security requirement names a scheme of `components.securitySchemes`;
- every `$ref` resolves (checked before OpenAPI validation, whose message for a dangling one is the whole spec).
Each problem is one line naming the file and where in it.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import yaml
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename

SNAKE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
METHODS = ("get", "put", "post", "delete", "patch")


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def _operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any], list[Any]]]:
    found = []
    for path, item in spec.get("paths", {}).items():
        for method in METHODS:
            if method in item:
                found.append((path, method, item[method], item.get("parameters", [])))
    return found


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


def house_rules(spec: dict[str, Any]) -> list[str]:
    problems: list[str] = undefined_schemes(spec)
    errors_in_200 = bool(spec.get("info", {}).get("x-error-replies-in-200"))
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


def lint_spec(path: Path) -> list[str]:
    """All problems of a spec file, each prefixed by the file name; empty when it is fine."""
    try:
        spec_dict, base_uri = read_from_filename(str(path))
    except yaml.YAMLError as error:
        return [f"{path}: not valid YAML: {error}"]
    dangling = find_dangling_refs(dict(spec_dict))
    if dangling:
        return [f"{path}: {problem}" for problem in dangling]
    try:
        validate(spec_dict, base_uri=base_uri)
    except Exception as error:  # the validator raises several error types; all mean "invalid spec"
        message = str(getattr(error, "message", error)).splitlines()[0][:300]  # never the whole spec
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
