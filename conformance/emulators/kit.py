"""Shared emulator machinery: routes from the spec, request validation, error answers.

An emulator is a spec plus a mapping from operationId to a handler. `build_routes` + `app_from` (Starlette's
routing) or `build_raw_path_app` (routing on the raw, still percent-encoded path) turn that into a Starlette
app that, for every operation of the spec:

1. checks authentication with the API's own `authenticate` callback,
2. validates path and query parameters against the spec's parameter schemas,
3. validates the JSON body with the pydantic model generated from the spec (datamodel-code-generator),
4. calls the handler with a `Call`, and
5. turns an `ApiError` into the API's documented error answer (`render_error`: plain text by default).

Anything else a handler raises is a bug in the emulator and surfaces as a 500, which the conformance
suite counts as a failure: the emulator itself never answers a bad request with a 500 on purpose (an API whose
documented answer to a bad argument is a 500 says so through `on_invalid`).

`build_raw_path_app` is for APIs that put free text in path segments: Starlette decodes `%2F` before it matches
a route, which would split such a value in two. It splits the raw path on literal `/` and decodes each segment on
its own (`decode_segment`: UTF-8, `+` read as a space).
"""

from __future__ import annotations

import importlib
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar
from urllib.parse import unquote_plus

import jsonschema
import pydantic
import yaml
from starlette.applications import Starlette
from starlette.datastructures import URLPath
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import BaseRoute, Match, NoMatchFound, Route
from starlette.types import ASGIApp, Receive, Scope, Send

HTTP_METHODS = ("get", "put", "post", "delete", "patch")


class ApiError(Exception):
    """An error answer the API documents: an HTTP status and a message (the body, as the API renders it), and any
    headers the answer needs (Allow, WWW-Authenticate)."""

    def __init__(self, status: int, message: str, headers: Mapping[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = dict(headers or {})


class InvalidParameter(ApiError):
    """A path or query parameter that is missing (when required) or does not match its schema: 400, unless the
    emulator's `on_invalid` hook turns it into the API's own answer. `name` is the parameter's name."""

    def __init__(self, name: str, message: str) -> None:
        super().__init__(400, message)
        self.name = name


@dataclass
class Operation:
    """One operation of the spec, with its parameter and body schemas resolved."""

    operation_id: str
    method: str
    path: str
    spec: dict[str, Any]
    parameters: list[dict[str, Any]]
    body_model: type[pydantic.BaseModel] | None
    body_schema: dict[str, Any] | None
    authenticated: bool


@dataclass
class Call:
    """What a handler gets: the validated request and who made it."""

    request: Request
    operation: Operation
    path: dict[str, Any]
    query: dict[str, Any]
    body: Any
    principal: Any = None
    extras: dict[str, Any] = field(default_factory=dict)


Handler = Callable[[Call], Response]
Authenticate = Callable[[Request, Operation], Any]
ErrorRenderer = Callable[[ApiError], Response]
# (request, operation, principal, the invalid parameter) -> the error the API answers with instead of a 400
InvalidHook = Callable[[Request, Operation, Any, InvalidParameter], ApiError]
H = TypeVar("H", bound=Callable[..., Any])


class HandlerRegistry(Generic[H]):
    """operationId -> handler for one emulator. Its handler modules (`sections` of `package`) register their
    functions with `@registry.operation("<operationId>")`; `load_all` imports them all and returns the map."""

    def __init__(self, package: str, sections: tuple[str, ...]) -> None:
        self.package = package
        self.sections = sections
        self.handlers: dict[str, H] = {}

    def operation(self, operation_id: str) -> Callable[[H], H]:
        def register(handler: H) -> H:
            if operation_id in self.handlers:
                raise RuntimeError(f"two handlers for {operation_id}")
            self.handlers[operation_id] = handler
            return handler

        return register

    def load_all(self) -> dict[str, H]:
        for section in self.sections:
            importlib.import_module(f"{self.package}.{section}")
        return self.handlers


def text(body: str, status: int = 200) -> Response:
    return PlainTextResponse(body, status_code=status)


def json_body(body: Any, status: int = 200) -> Response:
    return JSONResponse(body, status_code=status)


def empty(status: int = 200, location: str | None = None) -> Response:
    headers = {"Location": location} if location is not None else None
    return Response(status_code=status, headers=headers)


def plain_error(error: ApiError) -> Response:
    """The default error rendering: the message as a plain-text body."""
    return PlainTextResponse(error.message, status_code=error.status, headers=error.headers or None)


def load_spec(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        spec: dict[str, Any] = yaml.safe_load(handle)
    return spec


def base_path(spec: dict[str, Any]) -> str:
    """The path part of the first server URL: the emulator serves the API under it."""
    url: str = spec["servers"][0]["url"]
    match = re.match(r"^[a-z]+://[^/]+(/.*)?$", url)
    return (match.group(1) if match and match.group(1) else "").rstrip("/")


def resolve(spec: dict[str, Any], node: Any) -> Any:
    """Inline every local $ref so that a parameter schema can be validated on its own."""
    if isinstance(node, dict):
        if "$ref" in node:
            target: Any = spec
            for part in node["$ref"].lstrip("#/").split("/"):
                target = target[part]
            return resolve(spec, target)
        return {key: resolve(spec, value) for key, value in node.items()}
    if isinstance(node, list):
        return [resolve(spec, item) for item in node]
    return node


def json_schema(node: Any) -> Any:
    """An OpenAPI 3.0 schema as plain JSON Schema: `nullable: true` becomes an explicit null alternative.

    The generated pydantic models accept null for every optional field; the spec does not, so bodies are also
    checked against the schema itself.
    """
    if isinstance(node, list):
        return [json_schema(item) for item in node]
    if not isinstance(node, dict):
        return node
    converted = {key: json_schema(value) for key, value in node.items() if key != "nullable"}
    if node.get("nullable"):
        if "type" in converted:
            converted["type"] = [converted["type"], "null"]
            if "enum" in converted:
                converted["enum"] = [*converted["enum"], None]
        else:
            converted = {"anyOf": [converted, {"type": "null"}]}
    return converted


def ecma_pattern(pattern: str) -> str:
    """A JSON Schema pattern (an ECMA 262 regex) for Python's `re`: `$` outside a character class becomes `\\Z`.

    In ECMA 262 `$` matches only at the very end of the text; in Python it also matches before a final line
    break, so `^[^\\n]*$` would let "text\\n" through.
    """
    converted: list[str] = []
    escaped = in_class = False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "$":
            char = "\\Z"
        converted.append(char)
    return "".join(converted)


def _pattern(validator: Any, pattern: str, instance: Any, schema: dict[str, Any]) -> Any:
    if validator.is_type(instance, "string") and not re.search(ecma_pattern(pattern), instance):
        yield jsonschema.ValidationError(f"does not match {pattern!r}")  # never the value: it can be a secret


# JSON Schema validation with ECMA 262 pattern semantics (see ecma_pattern).
SchemaValidator = jsonschema.validators.extend(jsonschema.Draft202012Validator, {"pattern": _pattern})


def validate(instance: Any, schema: dict[str, Any]) -> None:
    """Raise jsonschema.ValidationError when `instance` does not match `schema`."""
    SchemaValidator(schema).validate(instance)


def operations(spec: dict[str, Any], models: Any) -> list[Operation]:
    """Every operation of the spec, with its body model looked up in the generated models module."""
    found = []
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            if method not in item:
                continue
            op = item[method]
            body_model = body_schema = None
            body = op.get("requestBody")
            if body:
                ref = body["content"]["application/json"]["schema"]
                body_model = getattr(models, ref["$ref"].rsplit("/", 1)[-1])
                body_schema = json_schema(resolve(spec, ref))
            found.append(
                Operation(
                    operation_id=op["operationId"],
                    method=method.upper(),
                    path=path,
                    spec=op,
                    parameters=[resolve(spec, p) for p in item.get("parameters", []) + op.get("parameters", [])],
                    body_model=body_model,
                    body_schema=body_schema,
                    authenticated=bool(op.get("security", spec.get("security"))),
                )
            )
    return found


def _convert(raw: str, schema: dict[str, Any], name: str) -> Any:
    kind = schema.get("type", "string")
    try:
        if kind == "integer":
            return int(raw)
        if kind == "number":
            return float(raw)
    except ValueError:
        raise InvalidParameter(name, f"Parameter '{name}' must be a {kind}") from None
    if kind == "boolean":
        if raw not in ("true", "false"):
            raise InvalidParameter(name, f"Parameter '{name}' must be true or false")
        return raw == "true"
    return raw


def validate_parameters(operation: Operation, request: Request) -> tuple[dict[str, Any], dict[str, Any]]:
    """Path and query values converted to their schema types and checked against the schema."""
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
        if raw is None:
            if parameter.get("required"):
                raise InvalidParameter(name, f"Missing required parameter '{name}'")
            if "default" in schema:
                (path if where == "path" else query)[name] = schema["default"]
            continue
        value = _convert(raw, schema, name)
        try:
            validate(value, schema)
        except jsonschema.ValidationError as error:
            # The constraint, never the value: parameters can be passwords (login, pwdreset).
            raise InvalidParameter(name, f"Invalid parameter '{name}': {error.validator} constraint not met") from None
        (path if where == "path" else query)[name] = value
    return path, query


async def validate_body(operation: Operation, request: Request) -> Any:
    """The JSON body parsed into the operation's generated pydantic model (or None if it has none)."""
    if operation.body_model is None:
        return None
    raw = await request.body()
    if not raw:
        raise ApiError(400, "A JSON request body is required")
    content_type = request.headers.get("content-type", "")
    if content_type and "json" not in content_type:
        raise ApiError(400, f"Unsupported content type '{content_type}', expected application/json")
    try:
        document = json.loads(raw)
    except ValueError:
        raise ApiError(400, "Malformed JSON body") from None
    try:
        validate(document, operation.body_schema or {})
    except jsonschema.ValidationError as error:
        where = "/".join(str(part) for part in error.absolute_path) or "body"
        raise ApiError(400, f"Invalid request body at {where}: {error.validator} constraint not met") from None
    try:
        return operation.body_model.model_validate_json(raw)
    except pydantic.ValidationError as error:
        # Locations and messages only: the input values may hold secrets (passwords).
        problems = "; ".join(
            f"{'.'.join(str(part) for part in item['loc']) or 'body'}: {item['msg']}"
            for item in error.errors(include_input=False, include_url=False)
        )
        raise ApiError(400, f"Invalid request body: {problems}") from None


CallLog = list[tuple[str, int]]


def _endpoint(
    operation: Operation,
    handler: Handler,
    authenticate: Authenticate,
    calls: CallLog,
    render_error: ErrorRenderer = plain_error,
    on_invalid: InvalidHook | None = None,
) -> Callable[..., Any]:
    async def endpoint(request: Request) -> Response:
        try:
            principal = authenticate(request, operation) if operation.authenticated else None
            try:
                path, query = validate_parameters(operation, request)
            except InvalidParameter as error:
                if on_invalid is None:
                    raise
                raise on_invalid(request, operation, principal, error) from None
            body = await validate_body(operation, request)
            response = handler(Call(request, operation, path, query, body, principal))
        except ApiError as error:
            response = render_error(error)
        calls.append((operation.operation_id, response.status_code))
        return response

    endpoint.__name__ = operation.operation_id
    return endpoint


def _check_handlers(ops: list[Operation], handlers: Mapping[str, Any]) -> None:
    missing = sorted(op.operation_id for op in ops if op.operation_id not in handlers)
    if missing:
        raise RuntimeError(f"emulator has no handler for: {', '.join(missing)}")


def build_routes(
    spec: dict[str, Any], models: Any, handlers: Mapping[str, Handler], authenticate: Authenticate, calls: CallLog
) -> list[Route]:
    """One Starlette route per spec path; every operationId must have a handler; answers are logged in `calls`."""
    ops = operations(spec, models)
    _check_handlers(ops, handlers)
    prefix = base_path(spec)
    by_path: dict[str, list[Operation]] = {}
    for op in ops:
        by_path.setdefault(op.path, []).append(op)
    # A literal path owns its URL: `/contact/add_to_blacklist_batch` is never taken for `/contact/{contactid}`,
    # whatever the method, so other methods on it get 405 with that path's Allow header.
    literal = {
        prefix + path: sorted(op.method for op in path_ops) for path, path_ops in by_path.items() if "{" not in path
    }
    routes = []
    for path, path_ops in sorted(by_path.items(), key=lambda entry: entry[0].count("{")):
        endpoints = {op.method: _endpoint(op, handlers[op.operation_id], authenticate, calls) for op in path_ops}
        routes.append(Route(prefix + path, _dispatch(endpoints, literal), methods=list(endpoints)))
    return routes


def _dispatch(endpoints: dict[str, Callable[..., Any]], literal: dict[str, list[str]]) -> Callable[..., Any]:
    async def dispatch(request: Request) -> Response:
        owner_methods = literal.get(request.url.path)
        if owner_methods is not None and request.method not in owner_methods:
            allow = ", ".join(owner_methods)
            return PlainTextResponse("Method not allowed", status_code=405, headers={"Allow": allow})
        method = "GET" if request.method == "HEAD" else request.method
        response: Response = await endpoints[method](request)
        return response

    return dispatch


class MergeSlashes:
    """Serve `/a//b` as `/a/b`, as the Java servers in front of many APIs do (the smSend docs' own dashboard URLs
    have a doubled slash)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and "//" in scope["path"]:
            raw = scope.get("raw_path") or scope["path"].encode()
            scope = {**scope, "path": re.sub("/{2,}", "/", scope["path"]), "raw_path": re.sub(b"/{2,}", b"/", raw)}
        await self.app(scope, receive, send)


def app_from(routes: list[Route]) -> Starlette:
    async def not_found(request: Request, exc: Exception) -> Response:
        return text("[Not found] No such resource", 404)

    async def not_allowed(request: Request, exc: Exception) -> Response:
        headers = getattr(exc, "headers", None) or {}
        return PlainTextResponse("Method not allowed", status_code=405, headers=headers)

    return Starlette(routes=routes, exception_handlers={404: not_found, 405: not_allowed})


# --- Routing on the raw path (free text in path segments) -----------------------------------------------------

_PARAMETER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def decode_segment(raw: str) -> str:
    """One raw path segment as the client meant it: percent-decoded as UTF-8, `+` read as a space
    (`urllib.parse.unquote_plus`), so `%2B` is a plus, `%2F` a slash and `%0A` a line break.

    Raises ApiError(400) for percent-escapes that are not UTF-8."""
    try:
        return unquote_plus(raw, encoding="utf-8", errors="strict")
    except UnicodeDecodeError:
        raise ApiError(400, "Malformed request path: a percent-encoded segment is not UTF-8") from None


@dataclass
class _Template:
    """A spec path (with the base path) as one regex per segment; a parameter takes a whole non-empty value."""

    path: str
    segments: list[re.Pattern[str]]
    specificity: tuple[int, ...]  # per segment 0 for a literal, 1 for one with a parameter: literals win
    endpoints: dict[str, Callable[..., Any]]

    @classmethod
    def of(cls, path: str, endpoints: dict[str, Callable[..., Any]]) -> _Template:
        parts = path.split("/")[1:]
        patterns, specificity = [], []
        for part in parts:
            pieces, last = [], 0
            for match in _PARAMETER.finditer(part):
                pieces.append(re.escape(part[last : match.start()]))
                pieces.append(f"(?P<{match.group(1)}>.+?)")
                last = match.end()
            pieces.append(re.escape(part[last:]))
            patterns.append(re.compile("".join(pieces), re.DOTALL))
            specificity.append(1 if last else 0)
        return cls(path, patterns, tuple(specificity), endpoints)

    def match(self, segments: list[str]) -> dict[str, str] | None:
        if len(segments) != len(self.segments):
            return None
        values: dict[str, str] = {}
        for pattern, segment in zip(self.segments, segments, strict=True):
            found = pattern.fullmatch(segment)
            if found is None:
                return None
            values.update(found.groupdict())
        return values


class _RawPathRouter:
    """The one ASGI endpoint of a raw-path app: matches the raw path against the spec's paths and dispatches."""

    def __init__(self, templates: list[_Template], render_error: ErrorRenderer) -> None:
        self.templates = sorted(templates, key=lambda template: template.specificity)
        self.render_error = render_error

    @staticmethod
    def raw_segments(scope: Scope) -> list[str]:
        """The request path's segments, decoded one by one (the raw path is what the client sent)."""
        raw: bytes | None = scope.get("raw_path")
        if raw is None:  # a server that does not give the raw path: the decoded one is the best there is
            return str(scope["path"]).split("/")[1:]
        root = str(scope.get("root_path", "")).encode("utf-8")
        if root and raw.startswith(root):
            raw = raw[len(root) :]
        try:
            text_path = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise ApiError(400, "Malformed request path: not UTF-8") from None
        return [decode_segment(segment) for segment in text_path.split("/")[1:]]

    def select(self, scope: Scope) -> tuple[Callable[..., Any], dict[str, str]]:
        segments = self.raw_segments(scope)
        for template in self.templates:
            values = template.match(segments)
            if values is None:
                continue
            # The most specific matching path owns the URL: other methods get 405 with its Allow header.
            method = scope["method"]
            if method == "HEAD" and "GET" in template.endpoints:
                method = "GET"
            if method not in template.endpoints:
                allow = ", ".join(sorted(template.endpoints))
                raise ApiError(405, "Method Not Allowed", headers={"Allow": allow})
            return template.endpoints[method], values
        raise ApiError(404, "Not Found")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            endpoint, values = self.select(scope)
        except ApiError as error:
            response = self.render_error(error)
        else:
            scope["path_params"] = values
            response = await endpoint(Request(scope, receive))
        await response(scope, receive, send)


class _CatchAll(BaseRoute):
    """A route that takes every HTTP request, whatever its method and path (Starlette's `{path:path}` would miss a
    path with a decoded line break), and hands it to `app`."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        return (Match.FULL, {}) if scope["type"] == "http" else (Match.NONE, {})

    def url_path_for(self, name: str, /, **path_params: Any) -> URLPath:
        raise NoMatchFound(name, path_params)

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.app(scope, receive, send)


def build_raw_path_app(
    spec: dict[str, Any],
    models: Any,
    handlers: Mapping[str, Handler],
    authenticate: Authenticate,
    calls: CallLog,
    *,
    render_error: ErrorRenderer = plain_error,
    on_invalid: InvalidHook | None = None,
) -> Starlette:
    """A Starlette app that routes on the raw path: one catch-all route matches each request's raw path, split on
    literal `/` and each segment decoded on its own (`decode_segment`), against the spec's paths (under the
    server URL's base path). `request.path_params` holds the decoded values; then, as with `build_routes`:
    authentication, parameter validation, the handler, and `render_error` for an ApiError (also for an unknown
    path, 404, and a method the path does not have, 405 with Allow). `on_invalid` may turn an invalid parameter
    into the API's own error answer. A parameter never matches an empty segment (`/a//b`): 404."""
    ops = operations(spec, models)
    _check_handlers(ops, handlers)
    prefix = base_path(spec)
    by_path: dict[str, dict[str, Callable[..., Any]]] = {}
    for op in ops:
        endpoint = _endpoint(op, handlers[op.operation_id], authenticate, calls, render_error, on_invalid)
        by_path.setdefault(prefix + op.path, {})[op.method] = endpoint
    router = _RawPathRouter([_Template.of(path, endpoints) for path, endpoints in by_path.items()], render_error)

    async def not_found(request: Request, exc: Exception) -> Response:
        return render_error(ApiError(404, "Not Found"))

    async def not_allowed(request: Request, exc: Exception) -> Response:
        return render_error(ApiError(405, "Method Not Allowed", headers=getattr(exc, "headers", None)))

    return Starlette(routes=[_CatchAll(router)], exception_handlers={404: not_found, 405: not_allowed})


def page(items: list[Any], number: int, size: int) -> list[Any]:
    """The 1-based page `number` of `items`, `size` per page."""
    start = (number - 1) * size
    return items[start : start + size]
