"""What the handler sections share: the answer envelope, pages with search and sort, money and time on the
wire, and the URLs of the files the emulator serves."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from emulator_models import clicksend as models
from starlette.responses import JSONResponse, Response

from ...core import Call
from ...core.operations import Body, Principal
from ...core.resources import page_of, parse_order, parse_search, search, sort_by

DATA = "Here are your data."


def answer(data: Any, message: str = DATA, status: int = 200) -> Response:
    """The envelope every answer has: `{http_code, response_code, response_msg, data}`."""
    return JSONResponse(
        {"http_code": status, "response_code": "SUCCESS", "response_msg": message, "data": data}, status_code=status
    )


def searched(call: Call[Body, Principal], records: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The records the query's `q` (`field:value,...`, `operator` AND or OR) keeps, in its `order_by` order.
    Fields are the records' wire names; a value matches when it contains the searched one, ignoring case."""
    terms = parse_search(call.query.get("q"))
    found = search(records, terms, "any" if call.query.get("operator") == "OR" else "all")
    order = parse_order(call.query.get("order_by"))
    return sort_by(found, order[0], descending=order[1]) if order else found


def paged(call: Call[Body, Principal], records: Sequence[Any], searchable: bool = True) -> dict[str, Any]:
    """One page (`page`, `limit`) of the records, searched and sorted first when the operation takes it, with the
    documented page fields."""
    listed = searched(call, records) if searchable else list(records)
    number, limit = int(call.query.get("page", 1)), int(call.query.get("limit", 15))
    window = page_of(listed, number, limit)
    url = call.request.url
    return {
        "total": window.total,
        "per_page": limit,
        "current_page": number,
        "last_page": window.last_page,
        "next_page_url": str(url.include_query_params(page=number + 1)) if number < window.last_page else None,
        "prev_page_url": str(url.include_query_params(page=number - 1)) if number > 1 else None,
        "from": window.first,
        "to": window.last,
        "data": window.items,
    }


def origin(call: Call[Body, Principal]) -> str:
    """The scheme and host this request reached (where the emulator serves its files)."""
    return f"{call.request.url.scheme}://{call.request.url.netloc}"


def file_url(call: Call[Body, Principal], name: str) -> str:
    return f"{origin(call)}/files/{name}"


def decimal_text(amount: Decimal, places: int = 6) -> str:
    """Money as the history and the account show it: a decimal string (`"0.070000"`)."""
    return f"{amount:.{places}f}"


def decimal_number(amount: Decimal) -> float:
    """Money as the send answers show it: a number (`0.07`)."""
    return float(round(amount, 4))


def flag(value: bool) -> int:
    return 1 if value else 0


def unix_time(value: models.UnixTime | None) -> int | None:
    """A UnixTime of a request (an integer or a string of digits) as an int."""
    return None if value is None else int(value.root.root)
