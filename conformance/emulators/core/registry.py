"""operationId -> handler, filled by the `@operation(...)` decorators of an emulator's handler modules."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Generic, TypeVar

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


def check_handlers(operation_ids: Iterable[str], handlers: Mapping[str, Any]) -> None:
    """Every operation of the spec has a handler: an emulator never answers a documented operation with 404."""
    missing = sorted(set(operation_ids) - set(handlers))
    if missing:
        raise RuntimeError(f"emulator has no handler for: {', '.join(missing)}")
