"""The one app builder every emulator uses: the spec's routes, each request through the API's pipeline.

    app = build_app(spec_index("smsend"), handlers, models=models, authenticate=authenticate,
                    not_found="[Not found] No such resource", merge_slashes=True)

For every operation of the spec, the standard pipeline (`standard_endpoint`):

1. checks authentication with the API's own `authenticate` callback (for operations with `security`),
2. validates path and query parameters against the spec's parameter schemas (`on_invalid` may turn a bad one
   into the API's own answer),
3. validates the JSON body with the spec's schema and the pydantic model generated from it,
4. calls the handler with a `Call`, and
5. turns an `ApiError` into the API's documented error answer with `render_error`.

An API whose requests do not map one operation to one path and method (SMSC: one path, the action chosen by
its parameters) passes `endpoints`, which makes the endpoints of one path from all of its operations.

Also for every API: every operation must have a handler; an unknown path is 404 and a method the path does not
have 405 with Allow, both through `render_error`; bodies are bounded by `limits` (`BodyLimit`); every answered
call is recorded in `app.state.calls` as (operationId, outcome) for the coverage report.

What an API may add:

- `rate_limit`: a `RateLimiter` checked before authentication (429 with Retry-After through `render_error`);
- `optional bodies`: a `requestBody` with `required: false` may be left out (the handler gets None);
- `form_bodies`: operationId -> `FormReader`, for operations whose docs also take multipart/form-data (read into
  the JSON document the schema describes, then validated like a JSON body);
- `body_rewrites`: operationId -> a function applied to the parsed JSON body before validation (a field name the
  docs spell two ways);
- `aliases`: more paths (under the base path) for an operation, or for several of different methods, through the
  same pipeline (a path the docs give in two spellings);
- `extra_routes`: `ExtraRoute`s outside the spec (files the API's answers link to), their ApiErrors rendered
  with `render_error`, not in the call log.

Anything else a handler raises is a bug in the emulator and surfaces as a 500 (in the API's error form, through
`render_error`), which the conformance suite counts as a failure: the emulator never answers a bad request with a
500 on purpose.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response

from ...spec_index import SpecIndex
from .answers import ErrorRenderer, plain_error
from .errors import ApiError, InvalidParameter
from .limits import DEFAULT_LIMITS, BodyLimit, Limits
from .operations import Call, Operation, emulator_operations
from .rate_limit import RateLimiter
from .registry import check_handlers
from .routing import NOT_ALLOWED, NOT_FOUND, CatchAll, Endpoint, MergeSlashes, RawPathRouter, RouteTable, plain_routes
from .validation import BodyRewrite, FormReader, validate_body, validate_parameters

Handler = Callable[[Call], Response]
Authenticate = Callable[[Request, Operation], Any]
# (request, operation, principal, the invalid parameter) -> the error the API answers with instead of a 400
InvalidHook = Callable[[Request, Operation, Any, InvalidParameter], ApiError]
# (operationId, outcome): the HTTP status, or an API's own outcome (SMSC: "200" or "error N")
CallLog = list[tuple[str, int | str]]
# The endpoints of one path (method -> endpoint), made from all of its operations
EndpointsFactory = Callable[[list[Operation], CallLog], dict[str, Endpoint]]


INTERNAL_ERROR = "Internal Server Error"


@dataclass(frozen=True)
class ExtraRoute:
    """A route the spec does not describe (e.g. `/files/{name}`, the files an API's answers link to): a full path
    (not under the base path), its methods, and its endpoint; an ApiError it raises is rendered as the API does."""

    path: str
    endpoint: Callable[[Request], Response | Awaitable[Response]]
    methods: tuple[str, ...] = ("GET",)


def no_authentication(request: Request, operation: Operation) -> None:
    return None


def standard_endpoint(
    operation: Operation,
    handler: Handler,
    calls: CallLog,
    *,
    authenticate: Authenticate = no_authentication,
    render_error: ErrorRenderer = plain_error,
    on_invalid: InvalidHook | None = None,
    limits: Limits = DEFAULT_LIMITS,
    rate_limit: RateLimiter | None = None,
    form_reader: FormReader | None = None,
    body_rewrite: BodyRewrite | None = None,
) -> Endpoint:
    """rate limit -> authenticate -> parameters -> body -> handler, with an ApiError at any step rendered as the
    API does."""

    async def endpoint(request: Request) -> Response:
        try:
            if rate_limit is not None:
                rate_limit.check(request)
            principal = authenticate(request, operation) if operation.authenticated else None
            try:
                path, query = validate_parameters(operation, request)
            except InvalidParameter as error:
                if on_invalid is None:
                    raise
                raise on_invalid(request, operation, principal, error) from None
            body = await validate_body(operation, request, limits, form_reader=form_reader, rewrite=body_rewrite)
            response = handler(Call(request, operation, path, query, body, principal))
        except ApiError as error:
            response = render_error(error)
        calls.append((operation.operation_id, response.status_code))
        return response

    endpoint.__name__ = operation.operation_id
    return endpoint


def build_app(
    spec: SpecIndex,
    handlers: Mapping[str, Callable[..., Any]],
    *,
    models: Any = None,
    authenticate: Authenticate = no_authentication,
    render_error: ErrorRenderer = plain_error,
    on_invalid: InvalidHook | None = None,
    endpoints: EndpointsFactory | None = None,
    routing: Literal["plain", "raw"] = "plain",
    merge_slashes: bool = False,
    not_found: str = NOT_FOUND,
    not_allowed: str = NOT_ALLOWED,
    limits: Limits = DEFAULT_LIMITS,
    rate_limit: RateLimiter | None = None,
    form_bodies: Mapping[str, FormReader] | None = None,
    body_rewrites: Mapping[str, BodyRewrite] | None = None,
    aliases: Mapping[str, str | Sequence[str]] | None = None,
    extra_routes: Sequence[ExtraRoute] = (),
) -> Starlette:
    """A Starlette app serving every operation of `spec` under its base path (see the module's docstring).

    `models` is the module of pydantic models generated from the spec (for JSON bodies); `routing="raw"` routes
    on the raw path (free text in path segments); `merge_slashes` serves `/a//b` as `/a/b`."""
    operations = emulator_operations(spec, models)
    check_handlers((operation.operation_id for operation in operations), handlers)
    known = {operation.operation_id for operation in operations}
    named = {"form_bodies": set(form_bodies or {}), "body_rewrites": set(body_rewrites or {})}
    aliased = {path: [ids] if isinstance(ids, str) else list(ids) for path, ids in (aliases or {}).items()}
    named["aliases"] = {operation_id for ids in aliased.values() for operation_id in ids}
    for option, operation_ids in named.items():
        if operation_ids - known:
            raise RuntimeError(f"{option} names no operation of the spec: {', '.join(sorted(operation_ids - known))}")
    calls: CallLog = []
    by_route: dict[str, list[Operation]] = {}
    for operation in operations:
        by_route.setdefault(spec.base_path + operation.path, []).append(operation)

    def standard(route_operations: list[Operation], calls: CallLog) -> dict[str, Endpoint]:
        made: dict[str, Endpoint] = {}
        for operation in route_operations:
            if operation.method in made:
                raise RuntimeError(f"{operation.method} {operation.path}: two operations; pass `endpoints`")
            handler = handlers[operation.operation_id]
            made[operation.method] = standard_endpoint(
                operation,
                handler,
                calls,
                authenticate=authenticate,
                render_error=render_error,
                on_invalid=on_invalid,
                limits=limits,
                rate_limit=rate_limit,
                form_reader=(form_bodies or {}).get(operation.operation_id),
                body_rewrite=(body_rewrites or {}).get(operation.operation_id),
            )
        return made

    make_endpoints = endpoints or standard
    table: RouteTable = {route: make_endpoints(ops, calls) for route, ops in by_route.items()}
    for alias, aliased_ids in aliased.items():
        for operation_id in aliased_ids:
            operation = next(operation for operation in operations if operation.operation_id == operation_id)
            endpoint = table[spec.base_path + operation.path][operation.method]
            table.setdefault(spec.base_path + alias, {})[operation.method] = endpoint
    for extra in extra_routes:
        for method in extra.methods:
            table.setdefault(extra.path, {})[method] = rendering_errors(extra.endpoint, render_error)

    async def unknown_path(request: Request, exc: Exception) -> Response:
        return render_error(ApiError(404, not_found))

    async def wrong_method(request: Request, exc: Exception) -> Response:
        return render_error(ApiError(405, not_allowed, headers=getattr(exc, "headers", None)))

    async def internal_error(request: Request, exc: Exception) -> Response:
        return render_error(ApiError(500, INTERNAL_ERROR))

    if routing == "raw":
        routes: list[Any] = [CatchAll(RawPathRouter(table, render_error, not_found, not_allowed))]
    else:
        routes = list(plain_routes(table, render_error, not_allowed))
    middleware = [Middleware(BodyLimit, render_error=render_error, limits=limits)]
    if merge_slashes:
        middleware.insert(0, Middleware(MergeSlashes))
    handlers_by_error = {404: unknown_path, 405: wrong_method, Exception: internal_error}
    app = Starlette(routes=routes, middleware=middleware, exception_handlers=handlers_by_error)
    app.state.calls = calls
    app.state.spec = spec
    return app


def rendering_errors(
    endpoint: Callable[[Request], Response | Awaitable[Response]], render_error: ErrorRenderer
) -> Endpoint:
    """An endpoint outside the spec, with any ApiError it raises rendered as the API renders errors."""

    async def rendered(request: Request) -> Response:
        try:
            response = endpoint(request)
            return await response if isinstance(response, Awaitable) else response
        except ApiError as error:
            return render_error(error)

    return rendered
