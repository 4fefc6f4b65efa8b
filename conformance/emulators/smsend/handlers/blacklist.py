"""SMS Blacklist API: add one number, add a batch of numbers, list the blacklist (Spring-style pages).

The blacklist is shared with the contacts blacklist operations and checked by every send operation.
`+39...` and `0039...` are the same number: adding it in the other form does not add it twice.
"""

from __future__ import annotations

import math
from datetime import datetime
from typing import Any

from emulator_models import smsend as models
from starlette.responses import Response

from ...core import Call, json_body, page, text
from ..state import AccountState, Store
from . import operation
from .common import blacklist_number, is_blacklisted, parse_spaced_timestamp, same_number, time_zone, to_utc, within

DEFAULT_PAGE_SIZE = 10  # the docs give no default


@operation("add_number_to_sms_blacklist")
def add_number_to_sms_blacklist(store: Store, call: Call[None, AccountState]) -> Response:
    account = call.principal
    number: str = call.query["phoneNumber"]
    if not is_blacklisted(account, number):
        blacklist_number(store, account, number)
    return text("true")


@operation("add_numbers_to_sms_blacklist")
def add_numbers_to_sms_blacklist(store: Store, call: Call[models.SmsBlacklistNumberList, AccountState]) -> Response:
    """Every number is schema-checked before this runs, so a malformed one has already added nothing (400).

    What is left: repeats, within the batch (`+39..` and `0039..` alike) or of numbers already listed. They are
    not errors; the answer counts the numbers this call actually put in the blacklist.
    """
    account = call.principal
    added = 0
    for number in (item.root for item in call.body.root):
        if not is_blacklisted(account, number):
            blacklist_number(store, account, number)
            added += 1
    return text(str(added))


def _matches(
    entry: dict[str, Any], call: Call[None, AccountState], bounds: tuple[datetime | None, datetime | None]
) -> bool:
    number_part: str | None = call.query.get("number")
    if (
        number_part
        and number_part not in entry["number"]
        and same_number(number_part) not in same_number(entry["number"])
    ):
        return False
    origins = call.query.get("origins")
    if origins and entry["origin"] not in origins.split(","):
        return False
    return within(parse_spaced_timestamp(entry["insertTime"]), *bounds)


@operation("list_sms_blacklist")
def list_sms_blacklist(store: Store, call: Call[None, AccountState]) -> Response:
    account = call.principal
    zone = time_zone(call.query.get("timezone"))
    start, end = (call.query.get(name) for name in ("from", "to"))
    bounds = (
        to_utc(parse_spaced_timestamp(start), zone) if start else None,
        to_utc(parse_spaced_timestamp(end), zone) if end else None,
    )
    found = [entry for entry in account.blacklist.values() if _matches(entry, call, bounds)]
    found.sort(key=lambda entry: (entry["insertTime"], entry["number"]))
    number, size = call.query.get("pageNumber", 1), call.query.get("pageSize", DEFAULT_PAGE_SIZE)
    content = page(found, number, size)
    pages = math.ceil(len(found) / size)
    return json_body(
        {
            "content": content,
            "totalElements": len(found),
            "totalPages": pages,
            "first": number == 1,
            "last": number >= pages,
            "size": size,
            "number": number - 1,  # Spring pages count from 0
            "numberOfElements": len(content),
        }
    )
