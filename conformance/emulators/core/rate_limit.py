"""A request rate limit, for APIs that document a 429 with Retry-After ("Rate Limit Exceeded").

    limiter = RateLimiter(RateLimit(requests=10, per_seconds=1), clock=store.clock)
    app = build_app(spec, handlers, rate_limit=limiter, ...)

Each caller (by default the HTTP Basic username, else the client's address) may make `requests` requests in any
window of `per_seconds` seconds (a sliding window); one more is answered 429 with `Retry-After`, the whole seconds
until the oldest request of the window leaves it. Refused requests do not count. Off unless an API's app is
built with one, so conformance runs are not throttled.
"""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from starlette.requests import Request

from .auth import basic_credentials
from .errors import ApiError


@dataclass(frozen=True)
class RateLimit:
    requests: int
    per_seconds: float = 1.0

    def __post_init__(self) -> None:
        if self.requests < 1 or self.per_seconds <= 0:
            raise ValueError("a rate limit allows at least one request in a positive number of seconds")


def caller_key(request: Request) -> str:
    """Who is calling: the Basic username when the request has one, otherwise the client's address."""
    credentials = basic_credentials(request)
    if credentials is not None:
        return "user:" + credentials[0]
    return "address:" + (request.client.host if request.client else "")


class RateLimiter:
    def __init__(
        self,
        limit: RateLimit,
        clock: Callable[[], float] = time.monotonic,
        key: Callable[[Request], str] = caller_key,
        message: str = "Rate limit exceeded",
    ) -> None:
        self.limit = limit
        self.clock = clock
        self.key = key
        self.message = message
        self._recent: dict[str, deque[float]] = {}

    def check(self, request: Request) -> None:
        """Count the request, or raise ApiError(429) with Retry-After when its caller is over the limit."""
        now = self.clock()
        recent = self._recent.setdefault(self.key(request), deque())
        while recent and recent[0] <= now - self.limit.per_seconds:
            recent.popleft()
        if len(recent) >= self.limit.requests:
            wait = max(1, math.ceil(recent[0] + self.limit.per_seconds - now))
            raise ApiError(429, self.message, headers={"Retry-After": str(wait)})
        recent.append(now)

    def clear(self) -> None:
        self._recent.clear()
