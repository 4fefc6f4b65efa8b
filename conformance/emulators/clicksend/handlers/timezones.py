"""Timezones: list_timezones, the IANA time zone names. The answer is a plain array, not a page: all the names,
or (when the request gives `page` or `limit`) that slice of them."""

from __future__ import annotations

import zoneinfo

from starlette.responses import Response

from ...core import Call, page
from ..auth import Caller
from ..state import Store
from . import operation
from .common import answer

TIMEZONES = sorted(name for name in zoneinfo.available_timezones() if "/" in name and not name.startswith("Etc/"))


@operation("list_timezones")
def list_timezones(store: Store, call: Call[None, Caller]) -> Response:
    given = call.query
    names = (
        page(TIMEZONES, given.get("page", 1), given.get("limit", 15))
        if "page" in given or "limit" in given
        else TIMEZONES
    )
    return answer(names, "List of timezones.")
