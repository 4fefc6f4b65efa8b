"""Reading JSON values into the one Python type each field has (the generated `results.py` calls these).

generate.py copies this module beside `results.py` as `smsgw_x/_wire.py`, not into the overlay: the overlay's
operations import the results, so the results must import without the overlay.

Every reader is `(value, at) -> T`: `at` says where the value stands (`data.messages[0].date`), for the error.
A value of the wrong type raises Malformed naming the place and the type found, never the value (a field may
hold a secret). Wire forms a provider mixes are all accepted: Unix times as ints or numeric strings, money as
numbers or decimal strings, flags as 0/1 (or true/false).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from .errors import Malformed

T = TypeVar("T")
Reader = Callable[[object, str], T]

_NUMERIC = frozenset("0123456789")


def _wrong(at: str, expected: str, value: object) -> Malformed:
    return Malformed(f"{at}: expected {expected}, got {type(value).__name__}")


def record(value: object, at: str) -> Mapping[str, object]:
    if not isinstance(value, Mapping):
        raise _wrong(at, "an object", value)
    return value


def present(fields: Mapping[str, object], name: str, at: str) -> object:
    """A required field's value (null counts as given: its reader says whether null is allowed)."""
    if name not in fields:
        raise Malformed(f"{at}: the field {name!r} is missing")
    return fields[name]


def optional(reader: Reader[T], value: object, at: str) -> T | None:
    """An optional field: None when absent or null."""
    return None if value is None else reader(value, at)


def nullable(reader: Reader[T]) -> Reader[T | None]:
    def read(value: object, at: str) -> T | None:
        return None if value is None else reader(value, at)

    return read


def list_of(reader: Reader[T]) -> Reader[list[T]]:
    def read(value: object, at: str) -> list[T]:
        if not isinstance(value, list):
            raise _wrong(at, "a list", value)
        return [reader(item, f"{at}[{position}]") for position, item in enumerate(value)]

    return read


def one_of(allowed: tuple[str, ...]) -> Reader[Any]:
    """A string from a closed set (typed as its Literal where it is used)."""

    def read(value: object, at: str) -> Any:
        if value not in allowed:
            raise Malformed(f"{at}: expected one of {', '.join(allowed)}")
        return value

    return read


def text(value: object, at: str) -> str:
    if not isinstance(value, str):
        raise _wrong(at, "a string", value)
    return value


def integer(value: object, at: str) -> int:
    """An int; a string of digits too (providers quote numbers)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lstrip("-") and set(value.lstrip("-")) <= _NUMERIC:
        return int(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    raise _wrong(at, "an integer", value)


def number(value: object, at: str) -> float:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    raise _wrong(at, "a number", value)


def boolean(value: object, at: str) -> bool:
    if isinstance(value, bool):
        return value
    raise _wrong(at, "true or false", value)


def flag(value: object, at: str) -> bool:
    """A 0/1 flag (also `"0"`/`"1"` and true/false) as a bool."""
    if isinstance(value, bool):
        return value
    if value in (0, 1, "0", "1"):
        return value in (1, "1")
    raise _wrong(at, "a 0/1 flag", value)


def decimal(value: object, at: str) -> Decimal:
    """Money: a number or a decimal string, exactly as written (0.07 stays 0.07, not its binary float)."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise _wrong(at, "an amount", value)
    try:
        amount = Decimal(str(value).strip())
    except InvalidOperation:
        raise Malformed(f"{at}: expected an amount, got a string that is not one") from None
    if not amount.is_finite():
        raise Malformed(f"{at}: expected an amount, got a string that is not one")
    return amount


def unix_time(value: object, at: str) -> datetime:
    """Unix seconds (an int or a numeric string) as an aware UTC datetime."""
    seconds = integer(value, at)
    try:
        return datetime.fromtimestamp(seconds, UTC)
    except (OverflowError, OSError, ValueError):
        raise Malformed(f"{at}: a Unix time out of range") from None


def unix_time_or_empty(value: object, at: str) -> datetime | None:
    """A Unix time, or None where the provider writes an empty string for "none"."""
    return None if value == "" else unix_time(value, at)


def count(value: object, at: str) -> int:
    """A whole number, also when written as a string (`"3"`) or with a zero fraction (`"1.00"`, 1.0)."""
    amount = decimal(value, at) if not isinstance(value, int) or isinstance(value, bool) else Decimal(value)
    if amount != amount.to_integral_value():
        raise Malformed(f"{at}: expected a whole number, got a fraction")
    return int(amount)


def mapping(value: object, at: str) -> dict[str, object]:
    return dict(record(value, at))


def null(value: object, at: str) -> None:
    """A value documented as always null."""
    if value is not None:
        raise _wrong(at, "null", value)


def anything(value: object, at: str) -> object:
    """A value the spec gives no shape to, as the JSON holds it."""
    return value
