"""Turn a generated operation's detailed response into a Python value or a typed error.

Every generated operation module has `sync_detailed` and `asyncio_detailed`. `call` runs one, raises
an `ApiError` subclass for error statuses (never returns None for them), and converts the success body
with the operation's converter when the API answers with a bare value instead of JSON.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from types import ModuleType
from typing import Any

from .errors import ResponseFormatError, error_for_status

# A converter takes (operation id, the generated Response) and returns the Python value.
Converter = Callable[[str, Any], Any]


def operation_id(operation: ModuleType) -> str:
    return operation.__name__.rsplit(".", 1)[-1]


def interpret(operation: str, response: Any, converters: Mapping[str, Converter]) -> Any:
    status = int(response.status_code)
    if status >= 400:
        raise error_for_status(operation, status, response.content.decode("utf-8", "replace").strip())
    converter = converters.get(operation)
    if converter is not None:
        return converter(operation, response)
    return response.parsed


def _undocumented(operation: str, error: Exception) -> Exception:
    """The typed error for the generator's UnexpectedStatus (it carries status_code and content)."""
    content: bytes = getattr(error, "content", b"")
    status = int(getattr(error, "status_code", 0))
    if status < 400:  # a success status the spec does not document: the answer is not what we can parse
        return ResponseFormatError(operation, f"undocumented success status {status}")
    return error_for_status(operation, status, content.decode("utf-8", "replace"))


def _detailed(operation: ModuleType, suffix: str) -> Callable[..., Any]:
    function: Callable[..., Any] = getattr(operation, suffix)
    return function


def call_sync(
    operation: ModuleType, converters: Mapping[str, Converter], unexpected: type[Exception], **kwargs: Any
) -> Any:
    name = operation_id(operation)
    try:
        response = _detailed(operation, "sync_detailed")(**kwargs)
    except unexpected as error:  # a status the spec does not document
        raise _undocumented(name, error) from None
    except (json.JSONDecodeError, KeyError, TypeError, ValueError) as error:
        raise ResponseFormatError(name, f"{type(error).__name__}: {error}") from None
    return interpret(name, response, converters)


async def call_async(
    operation: ModuleType, converters: Mapping[str, Converter], unexpected: type[Exception], **kwargs: Any
) -> Any:
    name = operation_id(operation)
    try:
        response = await _detailed(operation, "asyncio_detailed")(**kwargs)
    except unexpected as error:
        raise _undocumented(name, error) from None
    except (json.JSONDecodeError, KeyError, TypeError, ValueError) as error:
        raise ResponseFormatError(name, f"{type(error).__name__}: {error}") from None
    return interpret(name, response, converters)
