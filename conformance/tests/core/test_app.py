"""The emulator core's app builder, from small inline specs: routing, validation, limits, errors, the call log."""

from __future__ import annotations

import json
import warnings
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pydantic
import pytest
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from conformance.emulators.core import ApiError, Call, Limits, Operation, build_app, json_body, text
from conformance.emulators.core.app import CallLog
from conformance.emulators.core.routing import Endpoint
from conformance.spec_index import SpecIndex

with warnings.catch_warnings():  # Starlette's in-process client, which it now means to move to httpx2
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

SECURED = [{"key": []}]


def inline_spec(paths: dict[str, Any]) -> SpecIndex:
    document = {
        "openapi": "3.0.3",
        "info": {"title": "Inline", "version": "1"},
        "servers": [{"url": "https://api.example.com/v1"}],
        "components": {
            "securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "X-Key"}},
            "schemas": {
                "Thing": {
                    "type": "object",
                    "required": ["name"],
                    "properties": {"name": {"type": "string", "pattern": "^[a-z]+$"}, "size": {"type": "integer"}},
                }
            },
        },
        "paths": paths,
    }
    return SpecIndex(Path("inline.yaml"), document)


class Thing(pydantic.BaseModel):
    name: str
    size: int | None = None


MODELS = SimpleNamespace(Thing=Thing)

THINGS = {
    "/things": {
        "get": {
            "operationId": "list_things",
            "security": [],
            "parameters": [
                {"name": "size", "in": "query", "schema": {"type": "integer", "maximum": 10}},
                {"name": "since", "in": "query", "allowEmptyValue": True, "schema": {"type": "integer"}},
            ],
            "responses": {"200": {"description": "ok"}},
        },
        "post": {
            "operationId": "create_thing",
            "security": SECURED,
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
            },
            "responses": {"201": {"description": "made"}},
        },
    },
    "/things/special": {
        "get": {"operationId": "special_thing", "security": [], "responses": {"200": {"description": "ok"}}}
    },
    "/things/{name}": {
        "parameters": [{"name": "name", "in": "path", "required": True, "schema": {"type": "string"}}],
        "get": {"operationId": "get_thing", "security": [], "responses": {"200": {"description": "ok"}}},
    },
}


def authenticate(request: Request, operation: Operation) -> str:
    if request.headers.get("X-Key") != "right":
        raise ApiError(401, "no key")
    return "caller"


def handlers() -> dict[str, Any]:
    def create_thing(call: Call[Thing, str]) -> Response:
        return json_body({"name": call.body.name, "size": call.body.size, "by": call.principal}, 201)

    return {
        "list_things": lambda call: json_body({"size": call.query.get("size"), "since": call.query.get("since")}),
        "create_thing": create_thing,
        "special_thing": lambda call: text("special"),
        "get_thing": lambda call: text(f"thing {call.path['name']}"),
    }


def client(**options: Any) -> TestClient:
    return TestClient(build_app(inline_spec(THINGS), handlers(), models=MODELS, authenticate=authenticate, **options))


def test_every_operation_needs_a_handler() -> None:
    partial = {name: handler for name, handler in handlers().items() if name != "get_thing"}
    with pytest.raises(RuntimeError, match="no handler for: get_thing"):
        build_app(inline_spec(THINGS), partial, models=MODELS)


def test_routes_live_under_the_base_path_and_a_literal_path_wins() -> None:
    http = client()
    assert http.get("/v1/things/special").text == "special"
    assert http.get("/v1/things/other").text == "thing other"
    assert http.get("/things/other").status_code == 404


def test_unknown_path_and_wrong_method_answer_through_render_error() -> None:
    def render(error: ApiError) -> Response:
        return JSONResponse({"error": error.message}, status_code=error.status, headers=error.headers or None)

    http = client(render_error=render, not_found="nothing here")
    missing = http.get("/v1/nowhere")
    assert (missing.status_code, missing.json()) == (404, {"error": "nothing here"})
    wrong = http.delete("/v1/things/special")
    assert wrong.status_code == 405 and "GET" in wrong.headers["Allow"] and "error" in wrong.json()


def test_head_is_served_as_get() -> None:
    assert client().head("/v1/things/special").status_code == 200


def test_query_values_are_converted_and_checked_without_echoing_them() -> None:
    http = client()
    assert http.get("/v1/things", params={"size": "7"}).json() == {"size": 7, "since": None}
    too_big = http.get("/v1/things", params={"size": "11"})
    assert too_big.status_code == 400 and "'size'" in too_big.text and "11" not in too_big.text
    assert http.get("/v1/things", params={"size": "seven"}).status_code == 400
    assert http.get("/v1/things", params={"size": "9" * 5000}).status_code == 400


def test_an_empty_value_is_not_given_where_the_spec_allows_it() -> None:
    http = client()
    assert http.get("/v1/things?since=&size=2").json() == {"size": 2, "since": None}
    assert http.get("/v1/things?since=5").json() == {"size": None, "since": 5}
    assert http.get("/v1/things?size=").status_code == 400  # no allowEmptyValue: an empty integer is wrong


def test_authentication_runs_for_secured_operations_only_and_names_the_caller() -> None:
    http = client()
    assert http.post("/v1/things", json={"name": "box"}).status_code == 401
    made = http.post("/v1/things", json={"name": "box", "size": 3}, headers={"X-Key": "right"})
    assert (made.status_code, made.json()) == (201, {"name": "box", "size": 3, "by": "caller"})


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        (b"{not json", "Malformed JSON body"),
        (b'{"name": "Box"}', "pattern"),  # the schema's pattern, ECMA semantics
        (b'{"name": "box\\n"}', "pattern"),  # `$` is the very end in ECMA 262
        (b'{"size": 1}', "required"),
        (b"[" * 1000 + b"]" * 1000, "nested deeper than 64"),
        (b'{"name": "box", "size": ' + b"9" * 5000 + b"}", "longer than 100 digits"),
        (b"", "A JSON request body is required"),
    ],
)
def test_bad_bodies_get_400_naming_the_problem(body: bytes, problem: str) -> None:
    answer = client().post("/v1/things", content=body, headers={"X-Key": "right", "Content-Type": "application/json"})
    assert answer.status_code == 400 and problem in answer.text


def test_a_body_over_the_limit_is_refused_before_it_is_read() -> None:
    http = client(limits=Limits(max_body_bytes=1000))
    headers = {"X-Key": "right", "Content-Type": "application/json"}
    big = json.dumps({"name": "box", "pad": "x" * 2000})
    answer = http.post("/v1/things", content=big, headers=headers)
    assert answer.status_code == 400 and "larger than 1000 bytes" in answer.text

    def chunks() -> Any:  # no Content-Length: counted as it arrives
        yield b'{"name": "box", "pad": "'
        for _ in range(20):
            yield b"x" * 100
        yield b'"}'

    streamed = http.post("/v1/things", content=chunks(), headers=headers)
    assert streamed.status_code == 400 and "larger than 1000 bytes" in streamed.text


def test_a_body_within_the_limit_reaches_the_handler_whole() -> None:
    http = client(limits=Limits(max_body_bytes=100_000))
    padded = json.dumps({"name": "box", "size": 2}) + " " * 90_000  # over the off-loop threshold
    answer = http.post("/v1/things", content=padded, headers={"X-Key": "right", "Content-Type": "application/json"})
    assert answer.status_code == 201 and answer.json()["name"] == "box"


def test_every_answered_call_is_logged_with_its_operation_and_status() -> None:
    app = build_app(inline_spec(THINGS), handlers(), models=MODELS, authenticate=authenticate)
    http = TestClient(app)
    http.get("/v1/things/special")
    http.post("/v1/things", json={"name": "box"})
    assert app.state.calls == [("special_thing", 200), ("create_thing", 401)]


def test_raw_routing_keeps_an_encoded_slash_inside_its_segment() -> None:
    http = client(routing="raw")
    assert http.get("/v1/things/a%2Fb").text == "thing a/b"
    assert http.get("/v1/things/a+b").text == "thing a b"
    assert http.get("/v1/things/special").text == "special"
    assert http.get("/v1/things//").status_code == 404  # a parameter never matches an empty segment


def test_merge_slashes_serves_a_doubled_slash() -> None:
    assert client(merge_slashes=True).get("/v1//things/special").text == "special"
    assert client().get("/v1//things/special").status_code == 404


def test_one_path_with_many_operations_uses_the_apis_own_endpoints() -> None:
    spec = inline_spec(
        {
            "/do#a": {"post": {"operationId": "do_a", "security": [], "responses": {"200": {"description": "a"}}}},
            "/do#b": {"post": {"operationId": "do_b", "security": [], "responses": {"200": {"description": "b"}}}},
        }
    )

    def endpoints(operations: list[Operation], calls: CallLog) -> dict[str, Endpoint]:
        names = [operation.operation_id for operation in operations]

        async def endpoint(request: Request) -> Response:
            chosen = names[1] if request.query_params.get("b") else names[0]
            calls.append((chosen, "picked"))
            return text(chosen)

        return {"POST": endpoint}

    app = build_app(spec, {"do_a": print, "do_b": print}, endpoints=endpoints)
    http = TestClient(app)
    assert http.post("/v1/do").text == "do_a" and http.post("/v1/do?b=1").text == "do_b"
    assert app.state.calls == [("do_a", "picked"), ("do_b", "picked")]
