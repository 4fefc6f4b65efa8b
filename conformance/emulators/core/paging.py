"""Slicing a list into pages, as list operations answer."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")


def page(items: Sequence[T], number: int, size: int) -> list[T]:
    """The 1-based page `number` of `items`, `size` per page (empty past the end, and for a number below 1)."""
    if number < 1:
        return []
    start = (number - 1) * size
    return list(items[start : start + size])


def page_count(total: int, size: int) -> int:
    """How many pages of `size` hold `total` items (at least 1: an empty list has one empty page)."""
    return max(1, -(-total // size))
