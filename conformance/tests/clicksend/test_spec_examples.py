"""Every example in specs/clicksend.yaml is a valid instance of its schema, and every success example parses into
the operation's typed result (through the overlay, as a live answer would).

The examples are the documentation's own, hand-fixed (see the errata): a client that cannot read them could not
read the service either.
"""

from __future__ import annotations

import json
import sys
from http import HTTPStatus
from pathlib import Path
from typing import Any

import httpx
import pytest
from openapi_schema_validator import OAS30Validator
from smsgw_clicksend.overlay import operations
from smsgw_clicksend.overlay._shared.operation import Operation
from smsgw_clicksend.types import Response

from conformance.spec_index import spec_index

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from typed_results import Generator

SPEC = spec_index("clicksend")
MERGE = Generator(SPEC)  # its allOf merging, to read a schema's fields


def _examples() -> list[tuple[str, str, Any, Any]]:
    """(where, kind, schema, example) of every request and response example."""
    found = []
    for operation in SPEC.operations:
        body = SPEC.deref(operation.raw.get("requestBody") or {})
        for media in (body.get("content") or {}).values():
            if "example" in media:
                found.append((f"{operation.operation_id} request", "request", media["schema"], media["example"]))
        for status, response in (operation.raw.get("responses") or {}).items():
            for media in (SPEC.deref(response).get("content") or {}).values():
                if "example" in media:
                    found.append((f"{operation.operation_id} {status}", status, media["schema"], media["example"]))
    return found


EXAMPLES = _examples()


def test_every_operation_has_a_success_example() -> None:
    with_success = {where.split()[0] for where, kind, _, _ in EXAMPLES if kind == "200"}
    assert with_success == {operation.operation_id for operation in SPEC.operations}


@pytest.mark.parametrize(("where", "kind", "schema", "example"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_every_example_is_valid_for_its_schema(where: str, kind: str, schema: Any, example: Any) -> None:
    root = {**schema, "components": SPEC.document["components"]}
    problems = [f"{list(error.absolute_path)}: {error.message}" for error in OAS30Validator(root).iter_errors(example)]
    assert problems == []


SUCCESS = [(where.split()[0], example) for where, kind, _, example in EXAMPLES if kind == "200"]


@pytest.mark.parametrize(("operation_id", "example"), SUCCESS, ids=[s[0] for s in SUCCESS])
def test_every_success_example_parses_into_the_typed_result(operation_id: str, example: Any) -> None:
    operation: Operation[..., Any] = getattr(operations, operation_id)
    answer = Response(
        status_code=HTTPStatus.OK, content=json.dumps(example).encode(), headers=httpx.Headers(), parsed=None
    )
    result = operation.result(answer, {})
    assert result is not None or example["data"] is None


@pytest.mark.parametrize(("where", "kind", "schema", "example"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_every_field_of_an_example_is_one_its_schema_names(where: str, kind: str, schema: Any, example: Any) -> None:
    """A field the schema leaves out would be dropped by the typed result without a word."""
    assert _unnamed(schema, example, "") == []


def _unnamed(schema: Any, value: Any, at: str) -> list[str]:
    schema = MERGE.merged(schema, at)
    options = [*(schema.get("oneOf") or []), *(schema.get("anyOf") or [])]
    if options:
        found = [_unnamed(option, value, at) for option in options]
        return min(found, key=len)
    if isinstance(value, list):
        return [
            problem
            for i, item in enumerate(value)
            for problem in _unnamed(schema.get("items") or {}, item, f"{at}[{i}]")
        ]
    if isinstance(value, dict) and schema.get("properties"):
        properties = schema["properties"]
        problems = [f"{at}.{key}" for key in value if key not in properties]
        return problems + [
            p for key in value if key in properties for p in _unnamed(properties[key], value[key], f"{at}.{key}")
        ]
    return []
