"""Which API an operation belongs to (its spec file's name), so each API's auth and checks stay its own."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any


def api_of_operation(operation: Any) -> str:
    return Path(operation.schema.location or "").stem or "unknown"


def for_api(api: str) -> Callable[[Any], bool]:
    """A Schemathesis filter (for `apply_to` / `skip_for`) matching the operations of `api`."""

    def matches(ctx: Any) -> bool:
        return api_of_operation(ctx.operation) == api

    return matches
