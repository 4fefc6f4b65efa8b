"""A generic, id-keyed collection of one kind of resource, so CRUD over many resources is not written per operation.

    contacts = Collection[Contact]("contact")
    contact = contacts.add(lambda new_id: Contact(contact_id=new_id, first_name="Ann"))
    contacts.get(contact.contact_id)                    # or ApiError(404, "contact 7 not found")
    found = contacts.search({"first_name": "ann"})      # case-insensitive, AND of the fields (or match="any")
    ordered = sort_by(found, "contact_id", descending=True)
    window = page_of(ordered, page=1, limit=15)         # .items, .total, .current_page, .last_page, .first, .last

Records are any objects; searching and sorting read a field by attribute name (or key, for dicts).
`parse_search("first_name:john,last_name:smith")` and `parse_order("contact_id:desc")` read the common
`q=field:value,...` and `order_by=field:asc|desc` query forms.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Literal, TypeVar

from .errors import ApiError
from .paging import page as slice_page
from .paging import page_count

R = TypeVar("R")


def field_of(record: Any, name: str) -> Any:
    """A record's field by name: a dict's key, otherwise an attribute (None when it has neither)."""
    if isinstance(record, Mapping):
        return record.get(name)
    return getattr(record, name, None)


class Collection(Generic[R]):
    """Records keyed by the integer ids it issues (1, 2, ...; a removed id is never issued again)."""

    def __init__(self, kind: str, *, first_id: int = 1, not_found: Callable[[str, int], ApiError] | None = None):
        self.kind = kind
        self._records: dict[int, R] = {}
        self._next_id = first_id
        self._not_found = not_found or (lambda kind, record_id: ApiError(404, f"{kind} {record_id} not found"))

    def issue_id(self) -> int:
        issued, self._next_id = self._next_id, self._next_id + 1
        return issued

    def add(self, make: Callable[[int], R]) -> R:
        """A new record, made by `make(new_id)`, stored under that id."""
        record_id = self.issue_id()
        record = make(record_id)
        self._records[record_id] = record
        return record

    def put(self, record_id: int, record: R) -> R:
        """Store `record` under a given id (demo data with fixed ids); later ids are issued above it."""
        self._records[record_id] = record
        self._next_id = max(self._next_id, record_id + 1)
        return record

    def find(self, record_id: int) -> R | None:
        return self._records.get(record_id)

    def get(self, record_id: int) -> R:
        """The record, or the collection's not-found error (404 by default)."""
        record = self._records.get(record_id)
        if record is None:
            raise self._not_found(self.kind, record_id)
        return record

    def remove(self, record_id: int) -> R:
        record = self.get(record_id)
        del self._records[record_id]
        return record

    def all(self) -> list[R]:
        """Every record, in id order."""
        return [self._records[record_id] for record_id in sorted(self._records)]

    def search(self, terms: Mapping[str, str], match: Literal["all", "any"] = "all") -> list[R]:
        """The records whose fields contain the terms' values, ignoring case: all of them, or any one."""
        return search(self.all(), terms, match)

    def clear(self) -> None:
        self._records.clear()

    def __len__(self) -> int:
        return len(self._records)

    def __iter__(self) -> Iterator[R]:
        return iter(self.all())

    def __contains__(self, record_id: object) -> bool:
        return record_id in self._records


def _contains(value: Any, wanted: str) -> bool:
    return value is not None and wanted.casefold() in str(value).casefold()


def search(records: Iterable[R], terms: Mapping[str, str], match: Literal["all", "any"] = "all") -> list[R]:
    """The records whose fields contain the terms' values, ignoring case (no terms: every record)."""
    if not terms:
        return list(records)
    combine = all if match == "all" else any
    return [r for r in records if combine(_contains(field_of(r, name), value) for name, value in terms.items())]


def sort_by(records: Iterable[R], name: str, *, descending: bool = False) -> list[R]:
    """The records ordered by a field; records without it come last either way. Text sorts ignoring case."""

    def key(record: R) -> Any:
        value = field_of(record, name)
        return value.casefold() if isinstance(value, str) else value

    listed = list(records)
    present = [r for r in listed if field_of(r, name) is not None]
    missing = [r for r in listed if field_of(r, name) is None]
    return sorted(present, key=key, reverse=descending) + missing


def parse_search(q: str | None) -> dict[str, str]:
    """`q=field:value,field2:value2` as {field: value}; ApiError(400) for a term without `field:`."""
    if not q:
        return {}
    terms: dict[str, str] = {}
    for term in q.split(","):
        name, colon, value = term.partition(":")
        if not colon or not name.strip():
            raise ApiError(400, "Search terms are field:value pairs separated by commas")
        terms[name.strip()] = value.strip()
    return terms


def parse_order(order_by: str | None) -> tuple[str, bool] | None:
    """`order_by=field:asc|desc` (asc when left out) as (field, descending); ApiError(400) for another order."""
    if not order_by:
        return None
    name, _, direction = order_by.partition(":")
    direction = direction.strip().lower() or "asc"
    if not name.strip() or direction not in ("asc", "desc"):
        raise ApiError(400, "order_by is field:asc or field:desc")
    return name.strip(), direction == "desc"


@dataclass(frozen=True)
class Page(Generic[R]):
    """One page of a list, with what a page/limit envelope reports about it."""

    items: list[R]
    total: int
    per_page: int
    current_page: int

    @property
    def last_page(self) -> int:
        return page_count(self.total, self.per_page)

    @property
    def first(self) -> int | None:
        """The 1-based position of the page's first item in the whole list (None for an empty page)."""
        return (self.current_page - 1) * self.per_page + 1 if self.items else None

    @property
    def last(self) -> int | None:
        first = self.first
        return None if first is None else first + len(self.items) - 1


def page_of(records: Sequence[R], page: int, limit: int) -> Page[R]:
    """Page `page` (1-based) of `records`, `limit` per page: past the end it is empty, never an error."""
    if page < 1 or limit < 1:
        raise ApiError(400, "page and limit start at 1")
    return Page(slice_page(records, page, limit), len(records), limit, page)
