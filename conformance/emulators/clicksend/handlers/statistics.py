"""Statistics: get_voice_statistics, get_sms_statistics, worked out from the account's history: outbound are
the messages sent by now (not scheduled for later, not cancelled) and what they cost, per UTC day and in total;
inbound the SMS received; bounced none (the emulator delivers every message)."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from typing import Any

from starlette.responses import Response

from ...core import Call
from ..auth import Caller
from ..sending import of_channel, status_of
from ..state import AccountState, Channel, Store
from . import operation
from .common import answer, decimal_number

DAY = 86_400


def outbound_by_day(account: AccountState, channel: Channel, now: int) -> dict[int, list[Any]]:
    days: dict[int, list[Any]] = defaultdict(lambda: [0, Decimal(0)])
    for message in of_channel(account, channel):
        if status_of(message, now) not in ("Scheduled", "Cancelled"):
            day = days[message.send_time - message.send_time % DAY]
            day[0] += 1
            day[1] += message.price
    return days


def outbound(count: int, price: Decimal) -> dict[str, Any]:
    return {"count": count, "price": decimal_number(price)}


@operation("get_voice_statistics")
def get_voice_statistics(store: Store, call: Call[None, Caller]) -> Response:
    account = call.principal.account
    days = outbound_by_day(account, "voice", store.now())
    total = outbound(sum(day[0] for day in days.values()), sum((day[1] for day in days.values()), Decimal(0)))
    stats = [{"date": date, "outbound": outbound(*days[date]), "bounced": {"count": 0}} for date in sorted(days)]
    data = {"total": {"outbound": total, "bounced": {"count": 0}}, "stats": stats, "_currency": account.currency.wire()}
    return answer(data, "Here are your statistics.")


@operation("get_sms_statistics")
def get_sms_statistics(store: Store, call: Call[None, Caller]) -> Response:
    account = call.principal.account
    days = outbound_by_day(account, "sms", store.now())
    inbound: dict[int, int] = defaultdict(int)
    for message in account.inbound:
        inbound[message.timestamp - message.timestamp % DAY] += 1
    total = outbound(sum(day[0] for day in days.values()), sum((day[1] for day in days.values()), Decimal(0)))
    stat = [
        {
            "date": date,
            "outbound": outbound(*days[date]) if date in days else outbound(0, Decimal(0)),
            "inbound": {"count": inbound.get(date, 0)},
            "bounced": {"count": 0},
        }
        for date in sorted(set(days) | set(inbound))
    ]
    data = {
        "total": {"outbound": total, "inbound": {"count": sum(inbound.values())}, "bounced": {"count": 0}},
        "stat": stat,
        "_currency": account.currency.wire(),
    }
    return answer(data)
