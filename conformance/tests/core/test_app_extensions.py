"""What an API may add to the core's pipeline: its own error codes, optional and multipart bodies, body rewrites,
path aliases, routes outside the spec, a rate limit, and the API's error form for an emulator bug."""

from __future__ import annotations

import base64
import re
import warnings
from typing import Any

import pytest
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from conformance.emulators.core import (
    ApiError,
    Call,
    ExtraRoute,
    InvalidBody,
    MultipartForm,
    RateLimit,
    RateLimiter,
    build_app,
    json_body,
    text,
    validate,
)
from conformance.emulators.core.validation import ecma_pattern

from .test_app import MODELS, SECURED, THINGS, Thing, authenticate, handlers, inline_spec

with warnings.catch_warnings():  # Starlette's in-process client, which it now means to move to httpx2
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

KEY = {"X-Key": "right"}


def render_with_code(error: ApiError) -> Response:
    """An API whose errors carry their own application code (ClickSend's `response_code`)."""
    code = error.code or ("MISSING_FIELDS" if isinstance(error, InvalidBody) and error.constraint == "required" else "")
    body = {"status": error.status, "code": code or "ERROR", "message": error.message, "data": error.data}
    return JSONResponse(body, status_code=error.status, headers=error.headers or None)


def test_an_api_error_carries_the_apis_own_code_and_data_to_render_error() -> None:
    def refuse(call: Call[None, None]) -> Response:
        raise ApiError(403, "Your account has not been activated.", code="ACCOUNT_NOT_ACTIVATED", data={"why": 1})

    app = build_app(
        inline_spec(THINGS),
        {**handlers(), "special_thing": refuse},
        models=MODELS,
        authenticate=authenticate,
        render_error=render_with_code,
    )
    answer = TestClient(app).get("/v1/things/special")
    assert answer.status_code == 403
    assert answer.json() == {
        "status": 403,
        "code": "ACCOUNT_NOT_ACTIVATED",
        "message": "Your account has not been activated.",
        "data": {"why": 1},
    }


def test_an_invalid_body_names_the_constraint_it_breaks() -> None:
    app = build_app(
        inline_spec(THINGS), handlers(), models=MODELS, authenticate=authenticate, render_error=render_with_code
    )
    http = TestClient(app)
    missing = http.post("/v1/things", json={"size": 1}, headers=KEY)
    assert (missing.status_code, missing.json()["code"]) == (400, "MISSING_FIELDS")
    wrong = http.post("/v1/things", json={"name": "Box"}, headers=KEY)
    assert (wrong.status_code, wrong.json()["code"]) == (400, "ERROR")


OPTIONAL_BODY = {
    "/marks": {
        "put": {
            "operationId": "mark",
            "security": [],
            "requestBody": {
                "required": False,
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
            },
            "responses": {"200": {"description": "ok"}},
        }
    }
}


def test_an_optional_body_may_be_left_out_and_is_still_validated_when_given() -> None:
    def mark(call: Call[Thing | None, None]) -> Response:
        return text("none" if call.body is None else call.body.name)

    http = TestClient(build_app(inline_spec(OPTIONAL_BODY), {"mark": mark}, models=MODELS))
    assert http.put("/v1/marks").text == "none"
    assert http.put("/v1/marks", json={"name": "box"}).text == "box"
    assert http.put("/v1/marks", json={"name": 7}).status_code == 400


UPLOAD = {
    "/uploads": {
        "post": {
            "operationId": "upload",
            "security": SECURED,
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
            },
            "responses": {"200": {"description": "ok"}},
        }
    }
}


def file_as_thing(form: MultipartForm) -> Any:
    """The API's reading of a multipart upload: the file's content (Base64) as the Thing's name."""
    upload = next(iter(form.files.values()), None)
    name = base64.b64encode(upload.content).decode().lower().strip("=") if upload else form.fields.get("name")
    return {"name": name, **({"size": int(form.fields["size"])} if "size" in form.fields else {})}


def upload_app() -> TestClient:
    def upload(call: Call[Thing, str]) -> Response:
        return json_body({"name": call.body.name, "size": call.body.size})

    app = build_app(
        inline_spec(UPLOAD),
        {"upload": upload},
        models=MODELS,
        authenticate=authenticate,
        form_bodies={"upload": file_as_thing},
    )
    return TestClient(app)


def test_a_multipart_body_is_read_by_the_apis_form_reader_and_validated_like_json() -> None:
    http = upload_app()
    answer = http.post("/v1/uploads", files={"file": ("a.bin", b"\x69\xb7\x1d")}, data={"size": "3"}, headers=KEY)
    assert (answer.status_code, answer.json()) == (200, {"name": "abcd", "size": 3})
    assert http.post("/v1/uploads", json={"name": "box"}, headers=KEY).json()["name"] == "box"  # JSON still works
    invalid = http.post("/v1/uploads", files={"name": (None, "NOT lowercase")}, headers=KEY)
    assert invalid.status_code == 400 and "pattern" in invalid.text
    malformed = http.post(
        "/v1/uploads", content=b"--x\r\nnot a part", headers={**KEY, "Content-Type": "multipart/form-data; boundary=x"}
    )
    assert malformed.status_code == 400


def test_multipart_is_refused_where_the_api_gives_no_form_reader() -> None:
    answer = TestClient(build_app(inline_spec(THINGS), handlers(), models=MODELS, authenticate=authenticate)).post(
        "/v1/things", data={"name": "box"}, headers=KEY
    )
    assert answer.status_code == 400 and "Unsupported content type" in answer.text


def test_a_body_rewrite_runs_before_validation() -> None:
    def spelt_two_ways(document: Any) -> Any:
        if isinstance(document, dict) and "the-name" in document and "name" not in document:
            document = {**document, "name": document.pop("the-name")}
        return document

    app = build_app(
        inline_spec(THINGS),
        handlers(),
        models=MODELS,
        authenticate=authenticate,
        body_rewrites={"create_thing": spelt_two_ways},
    )
    answer = TestClient(app).post("/v1/things", json={"the-name": "box"}, headers=KEY)
    assert (answer.status_code, answer.json()["name"]) == (201, "box")


def test_an_alias_path_runs_the_same_pipeline_and_is_logged_as_its_operation() -> None:
    app = build_app(
        inline_spec(THINGS),
        handlers(),
        models=MODELS,
        authenticate=authenticate,
        aliases={"/thing/{name}": "get_thing"},
    )
    http = TestClient(app)
    assert http.get("/v1/thing/box").text == "thing box"
    assert http.post("/v1/thing/box").status_code == 405
    assert app.state.calls == [("get_thing", 200)]


def test_one_alias_path_can_serve_operations_of_several_methods() -> None:
    app = build_app(
        inline_spec(THINGS),
        handlers(),
        models=MODELS,
        authenticate=authenticate,
        aliases={"/thing": ("list_things", "create_thing")},
    )
    http = TestClient(app)
    assert http.get("/v1/thing", headers=KEY).status_code == 200
    assert http.post("/v1/thing", json={"name": "box"}, headers=KEY).status_code == 201
    assert http.delete("/v1/thing", headers=KEY).status_code == 405
    assert [operation for operation, _ in app.state.calls] == ["list_things", "create_thing"]


def test_options_naming_no_operation_are_refused() -> None:
    with pytest.raises(RuntimeError, match="aliases names no operation of the spec: nothing"):
        build_app(inline_spec(THINGS), handlers(), models=MODELS, aliases={"/x": "nothing"})


def test_extra_routes_are_served_outside_the_base_path_with_the_apis_errors() -> None:
    def served_file(request: Request) -> Response:
        if request.path_params["name"] != "a.csv":
            raise ApiError(404, "no such file", code="NO_FILE")
        return text("a,b\n")

    app = build_app(
        inline_spec(THINGS),
        handlers(),
        models=MODELS,
        authenticate=authenticate,
        render_error=render_with_code,
        extra_routes=[ExtraRoute("/files/{name}", served_file)],
    )
    http = TestClient(app)
    assert http.get("/files/a.csv").text == "a,b\n"
    missing = http.get("/files/b.csv")
    assert (missing.status_code, missing.json()["code"]) == (404, "NO_FILE")
    assert http.delete("/files/a.csv").status_code == 405
    assert app.state.calls == []  # not an operation of the spec


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_rate_limit_answers_429_with_retry_after_until_the_window_moves_on() -> None:
    clock = Clock()
    limiter = RateLimiter(RateLimit(requests=2, per_seconds=10), clock=clock)
    app = build_app(
        inline_spec(THINGS),
        handlers(),
        models=MODELS,
        authenticate=authenticate,
        render_error=render_with_code,
        rate_limit=limiter,
    )
    http = TestClient(app)
    assert [http.get("/v1/things/special").status_code for _ in range(2)] == [200, 200]
    clock.now += 4
    refused = http.get("/v1/things/special")
    assert (refused.status_code, refused.headers["Retry-After"]) == (429, "6")
    assert app.state.calls[-1] == ("special_thing", 429)
    clock.now += 6
    assert http.get("/v1/things/special").status_code == 200


def test_the_rate_limit_counts_each_caller_apart() -> None:
    limiter = RateLimiter(RateLimit(requests=1, per_seconds=60), clock=Clock())
    http = TestClient(build_app(inline_spec(THINGS), handlers(), models=MODELS, rate_limit=limiter))
    ann, bob = ("Basic " + base64.b64encode(name).decode() for name in (b"ann:x", b"bob:y"))
    assert http.get("/v1/things/special", headers={"Authorization": ann}).status_code == 200
    assert http.get("/v1/things/special", headers={"Authorization": bob}).status_code == 200
    assert http.get("/v1/things/special", headers={"Authorization": ann}).status_code == 429


def test_a_rate_limit_needs_a_positive_allowance() -> None:
    with pytest.raises(ValueError):
        RateLimit(requests=0)


def test_an_emulator_bug_is_a_500_in_the_apis_error_form() -> None:
    def broken(call: Call[None, None]) -> Response:
        raise KeyError("a bug")

    app = build_app(
        inline_spec(THINGS),
        {**handlers(), "special_thing": broken},
        models=MODELS,
        authenticate=authenticate,
        render_error=render_with_code,
    )
    answer = TestClient(app, raise_server_exceptions=False).get("/v1/things/special")
    assert (answer.status_code, answer.json()["message"]) == (500, "Internal Server Error")


def test_openapi_integer_formats_bound_parameters_and_bodies() -> None:
    validate(2**31 - 1, {"type": "integer", "format": "int32"})
    validate(2**40, {"type": "integer", "format": "int64"})
    validate("x", {"type": "string", "format": "email"})  # other formats are not asserted
    for value, schema in ((2**31, "int32"), (-(2**31) - 1, "int32"), (2**63, "int64")):
        with pytest.raises(Exception, match=f"is not an {schema}"):
            validate(value, {"type": "integer", "format": schema})


@pytest.mark.parametrize(
    ("pattern", "text", "matches"),
    [
        (r"^https?://\S+$", "https://a\x1f", True),  # U+001F is no white space in ECMA 262 (it is in Python)
        (r"^https?://\S+$", "https://a\u00a0", False),  # NBSP is
        (r"^https?://\S+$", "https://a\ufeff", False),  # and so is the BOM
        (r"^\d+$", "١٢", False),  # Arabic-Indic digits are no \d in ECMA 262
        (r"^\w+$", "é", False),
        (r"^[\d,]+$", "1,2", True),  # inside a class
        (r"^[^\s]+$", "a\x1c", True),
        (r"^a\.b$", "a.b", True),  # other escapes stay
        (r"^x$", "x\n", False),  # `$` is the very end
    ],
)
def test_patterns_have_their_ecma_262_meaning(pattern: str, text: str, matches: bool) -> None:
    assert bool(re.search(ecma_pattern(pattern), text)) is matches


def test_a_class_of_a_set_and_its_negation_keeps_matching_anything() -> None:
    assert re.fullmatch(ecma_pattern(r"[\s\S]*"), "a\x1c\n\u00a0 b")
    assert ecma_pattern(r"^[^\]a]$") == r"^[^\]a]\Z"
