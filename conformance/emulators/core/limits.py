"""Limits on what a request may carry, so that no request can crash an emulator or stall it for others.

The docs of the APIs here give no size limits, so these are the emulator's own, generous for any real use: a
body of at most `max_body_bytes` (a smSend batch of 20,000 recipients is about 400 KB), JSON nested at most
`max_json_depth` levels and numbers of at most `max_number_digits` digits. A request over a limit gets the
API's documented answer to a malformed request (400, or the API's own form of it), never a 500.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .answers import ErrorRenderer
from .errors import ApiError


@dataclass(frozen=True)
class Limits:
    max_body_bytes: int = 2 * 1024 * 1024
    max_json_depth: int = 64
    max_number_digits: int = 100


DEFAULT_LIMITS = Limits()


def json_depth(document: Any) -> int:
    """How deeply arrays and objects nest in a parsed JSON document (a scalar is 0), without recursion."""
    deepest, pending = 0, [(document, 1)]
    while pending:
        node, depth = pending.pop()
        children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else None
        if children is None:
            continue
        deepest = max(deepest, depth)
        pending.extend((child, depth + 1) for child in children)
    return deepest


def parse_json(raw: bytes, limits: Limits = DEFAULT_LIMITS) -> Any:
    """A JSON body parsed within the limits; ApiError(400) naming the problem otherwise (never the content)."""

    def bounded_number(kind: Callable[[str], Any]) -> Callable[[str], Any]:
        def parse(literal: str) -> Any:
            if sum(char.isdigit() for char in literal) > limits.max_number_digits:
                raise ApiError(400, f"Malformed JSON body: a number longer than {limits.max_number_digits} digits")
            return kind(literal)

        return parse

    try:
        document = json.loads(raw, parse_int=bounded_number(int), parse_float=bounded_number(float))
    except RecursionError:
        raise ApiError(400, f"Malformed JSON body: nested deeper than {limits.max_json_depth} levels") from None
    except ValueError:
        raise ApiError(400, "Malformed JSON body") from None
    if json_depth(document) > limits.max_json_depth:
        raise ApiError(400, f"Malformed JSON body: nested deeper than {limits.max_json_depth} levels")
    return document


class BodyLimit:
    """ASGI middleware: reads a request's whole body (at most `max_body_bytes`) before the app sees it, and answers
    a larger one at once with `render_error`, unread past the limit, so one big upload does not hold the app."""

    def __init__(self, app: ASGIApp, render_error: ErrorRenderer, limits: Limits = DEFAULT_LIMITS) -> None:
        self.app = app
        self.render_error = render_error
        self.limits = limits

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        too_large = ApiError(400, f"Request body larger than {self.limits.max_body_bytes} bytes")
        declared = dict(scope.get("headers") or []).get(b"content-length", b"0")
        if declared.isdigit() and int(declared) > self.limits.max_body_bytes:
            await self.render_error(too_large)(scope, receive, send)
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break  # the client went away: nothing to answer
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.limits.max_body_bytes:
                await self.render_error(too_large)(scope, receive, send)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()  # after the body: wait for the disconnect, as Starlette expects
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)
