"""Paging: one iterator per paging style, sync and async, for every paged list operation.

    from smsgw_smsend.overlay import items, paged
    for group in items(paged.list_groups, client=client):      # every group, page after page
        ...

Each API lists its paged operations once (`overlay/paged.py`), naming the style and where a page keeps its items.
The styles:
- `PageNumbers`: page numbers from 1 (smSend's `pageNumber`/`pageSize`); ends at an empty page, a short page, or
  once `total` items have come;
- `Offsets`: an offset in items (WhatCounts' `skip`, 500 per answer); ends at a short page;
- `PageEnvelope`: `page`/`limit` with the page's own `current_page`/`last_page` (ClickSend's envelope); ends at
  the last page.
Arguments you pass (filters, a page size) are kept on every page; a page number or offset you pass is the start.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Generic, ParamSpec, Protocol, TypeVar

from ...types import Unset
from .operation import Operation

P = ParamSpec("P")
PageT = TypeVar("PageT")
I = TypeVar("I")  # noqa: E741 - an item


class Style(Protocol):
    def first(self, arguments: dict[str, Any]) -> dict[str, Any]:
        """The arguments of the first page."""
        ...

    def after(self, arguments: dict[str, Any], page: object, count: int) -> dict[str, Any] | None:
        """The arguments of the page after `page` (which held `count` items), or None when it was the last."""
        ...


def _known(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


@dataclass(frozen=True)
class PageNumbers:
    total: str | None = "total"  # the page's attribute that counts all items, where it has one
    page_param: str = "page_number"
    size_param: str = "page_size"

    def first(self, arguments: dict[str, Any]) -> dict[str, Any]:
        start = _known(arguments.get(self.page_param))
        return {**arguments, self.page_param: start or 1, "_seen": 0}

    def after(self, arguments: dict[str, Any], page: object, count: int) -> dict[str, Any] | None:
        seen = arguments["_seen"] + count
        total = _known(getattr(page, self.total, None)) if self.total is not None else None
        size = _known(arguments.get(self.size_param))
        if count == 0 or (total is not None and seen >= total) or (size is not None and count < size):
            return None
        return {**arguments, self.page_param: arguments[self.page_param] + 1, "_seen": seen}


@dataclass(frozen=True)
class Offsets:
    page_size: int
    offset_param: str = "skip"

    def first(self, arguments: dict[str, Any]) -> dict[str, Any]:
        return {**arguments, self.offset_param: _known(arguments.get(self.offset_param)) or 0}

    def after(self, arguments: dict[str, Any], page: object, count: int) -> dict[str, Any] | None:
        if count < self.page_size:
            return None
        return {**arguments, self.offset_param: arguments[self.offset_param] + count}


@dataclass(frozen=True)
class PageEnvelope:
    current_page: str = "current_page"  # the page's attributes: which page it is, and which is the last
    last_page: str = "last_page"
    page_param: str = "page"

    def first(self, arguments: dict[str, Any]) -> dict[str, Any]:
        return {**arguments, self.page_param: _known(arguments.get(self.page_param)) or 1}

    def after(self, arguments: dict[str, Any], page: object, count: int) -> dict[str, Any] | None:
        current, last = _known(getattr(page, self.current_page, None)), _known(getattr(page, self.last_page, None))
        if count == 0 or current is None or last is None or current >= last:
            return None
        return {**arguments, self.page_param: current + 1}


@dataclass(frozen=True)
class Paged(Generic[P, PageT, I]):
    """A paged list operation: the operation, its paging style, and where a page keeps its items."""

    operation: Operation[P, PageT]
    style: Style
    items: Callable[[PageT], Sequence[I] | Unset]


def _items_of(paged: Paged[Any, PageT, I], page: PageT) -> Sequence[I]:
    found = paged.items(page)
    return () if isinstance(found, Unset) else found


def _send(arguments: dict[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in arguments.items() if not name.startswith("_")}


def pages(paged: Paged[P, PageT, I], /, *args: P.args, **kwargs: P.kwargs) -> Iterator[PageT]:
    """Every page, first to last (each one a call, with the client's deadline and retry policy)."""
    arguments: dict[str, Any] | None = paged.style.first(dict(kwargs))
    while arguments is not None:
        page = paged.operation.run(args, _send(arguments))
        yield page
        arguments = paged.style.after(arguments, page, len(_items_of(paged, page)))


def items(paged: Paged[P, PageT, I], /, *args: P.args, **kwargs: P.kwargs) -> Iterator[I]:
    """Every item of every page."""
    for page in pages(paged, *args, **kwargs):
        yield from _items_of(paged, page)


async def apages(paged: Paged[P, PageT, I], /, *args: P.args, **kwargs: P.kwargs) -> AsyncIterator[PageT]:
    """`pages`, async."""
    arguments: dict[str, Any] | None = paged.style.first(dict(kwargs))
    while arguments is not None:
        page = await paged.operation.arun(args, _send(arguments))
        yield page
        arguments = paged.style.after(arguments, page, len(_items_of(paged, page)))


async def aitems(paged: Paged[P, PageT, I], /, *args: P.args, **kwargs: P.kwargs) -> AsyncIterator[I]:
    """`items`, async."""
    async for page in apages(paged, *args, **kwargs):
        for item in _items_of(paged, page):
            yield item
