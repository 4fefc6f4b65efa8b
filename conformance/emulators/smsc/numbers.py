"""Phone numbers: normalising, and the operator a number belongs to."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Operator:
    country: str
    operator: str
    region: str
    mcc: int
    mnc: int
    tz: int  # hours relative to Moscow


# A few number ranges, longest prefix first; anything else is an unknown operator abroad.
_OPERATORS = [
    ("7999", Operator("Russia", "Yota", "Moscow", 250, 11, 0)),
    ("7916", Operator("Russia", "MTS", "Moscow", 250, 1, 0)),
    ("7921", Operator("Russia", "MegaFon", "Saint Petersburg", 250, 2, 0)),
    ("7", Operator("Russia", "Beeline", "Moscow", 250, 99, 0)),
    ("380", Operator("Ukraine", "Kyivstar", "Kyiv", 255, 3, -1)),
    ("44", Operator("United Kingdom", "Vodafone", "London", 234, 15, -3)),
    ("39", Operator("Italy", "TIM", "Rome", 222, 1, -2)),
]
UNKNOWN = Operator("Unknown", "Unknown", "", 0, 0, 0)


def normalise(phone: str) -> str:
    return re.sub(r"[^0-9]", "", phone)


def valid(phone: str) -> bool:
    """The service delivers to numbers of 10 to 15 digits (the spec's pattern lets shorter ones through)."""
    return 10 <= len(normalise(phone)) <= 15


def operator_of(phone: str) -> Operator:
    digits = normalise(phone)
    for prefix, operator in _OPERATORS:
        if digits.startswith(prefix):
            return operator
    return UNKNOWN


def operators() -> list[Operator]:
    """Every known operator, once each, in the table's order (the price list has one zone per operator)."""
    return list(dict.fromkeys(operator for _, operator in _OPERATORS))
