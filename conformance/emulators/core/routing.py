"""Routing a request to the endpoint of its spec path and method, on the decoded path (plain) or the raw one.

Both ways a literal path owns its URL (`/contact/add_to_blacklist_batch` is never taken for `/contact/{id}`,
whatever the method): other methods on it get 405 with that path's Allow header. HEAD is served as GET.

Raw-path routing is for APIs that put free text in path segments: Starlette decodes `%2F` before it matches a
route, which would split such a value in two. The raw router splits the raw path on literal `/` and decodes each
segment on its own (`decode_segment`: UTF-8, `+` read as a space); a parameter never matches an empty segment.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote_plus

from starlette.datastructures import URLPath
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Match, NoMatchFound, Route
from starlette.types import ASGIApp, Receive, Scope, Send

from .answers import ErrorRenderer
from .errors import ApiError

Endpoint = Callable[[Request], Awaitable[Response]]
# full path (base path + spec path) -> method -> endpoint
RouteTable = dict[str, dict[str, Endpoint]]

NOT_FOUND = "Not Found"
NOT_ALLOWED = "Method Not Allowed"


def _allowed(methods: dict[str, Endpoint]) -> str:
    return ", ".join(sorted(methods))


# --- Plain: Starlette's routing on the decoded path -----------------------------------------------------------


def plain_routes(table: RouteTable, render_error: ErrorRenderer, not_allowed: str = NOT_ALLOWED) -> list[Route]:
    """One Starlette route per path, paths with fewer parameters first."""
    literal = {path: methods for path, methods in table.items() if "{" not in path}

    def dispatch(methods: dict[str, Endpoint]) -> Endpoint:
        async def endpoint(request: Request) -> Response:
            owner = literal.get(request.url.path)
            if owner is not None and request.method not in owner and not (request.method == "HEAD" and "GET" in owner):
                return render_error(ApiError(405, not_allowed, headers={"Allow": _allowed(owner)}))
            method = "GET" if request.method == "HEAD" else request.method
            return await methods[method](request)

        return endpoint

    ordered = sorted(table.items(), key=lambda entry: entry[0].count("{"))
    return [Route(path, dispatch(methods), methods=list(methods)) for path, methods in ordered]


class MergeSlashes:
    """Serve `/a//b` as `/a/b`, as the Java servers in front of many APIs do (the smSend docs' own dashboard URLs
    have a doubled slash)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and "//" in scope["path"]:
            raw = scope.get("raw_path") or scope["path"].encode()
            scope = {**scope, "path": re.sub("/{2,}", "/", scope["path"]), "raw_path": re.sub(b"/{2,}", b"/", raw)}
        await self.app(scope, receive, send)


# --- Raw: the still percent-encoded path, segment by segment --------------------------------------------------

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
    endpoints: dict[str, Endpoint]

    @classmethod
    def of(cls, path: str, endpoints: dict[str, Endpoint]) -> _Template:
        patterns, specificity = [], []
        for part in path.split("/")[1:]:
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


class RawPathRouter:
    """The one ASGI endpoint of a raw-path app: matches the raw path against the spec's paths and dispatches."""

    def __init__(
        self, table: RouteTable, render_error: ErrorRenderer, not_found: str = NOT_FOUND, not_allowed: str = NOT_ALLOWED
    ) -> None:
        templates = [_Template.of(path, endpoints) for path, endpoints in table.items()]
        self.templates = sorted(templates, key=lambda template: template.specificity)
        self.render_error = render_error
        self.not_found = not_found
        self.not_allowed = not_allowed

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

    def select(self, scope: Scope) -> tuple[Endpoint, dict[str, str]]:
        segments = self.raw_segments(scope)
        for template in self.templates:
            values = template.match(segments)
            if values is None:
                continue
            method = scope["method"]
            if method == "HEAD" and "GET" in template.endpoints:
                method = "GET"
            if method not in template.endpoints:
                raise ApiError(405, self.not_allowed, headers={"Allow": _allowed(template.endpoints)})
            return template.endpoints[method], values
        raise ApiError(404, self.not_found)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            endpoint, values = self.select(scope)
        except ApiError as error:
            response = self.render_error(error)
        else:
            scope["path_params"] = values
            response = await endpoint(Request(scope, receive))
        await response(scope, receive, send)


class CatchAll(BaseRoute):
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
