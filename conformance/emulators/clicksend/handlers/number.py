"""Number: list_dedicated_numbers, purchase_dedicated_number, list_available_dedicated_numbers.

The numbers for sale are the emulator's (state.number_pool: twenty per country of List Countries, and those the
docs' examples name); a number bought leaves the pool, becomes the account's (its default sender) and costs its
setup price and first month, which the balance must hold (400 INSUFFICIENT_CREDIT otherwise). `search` keeps the
numbers that start with it (`search_type` 0, the default), contain it (1) or end with it (2), ignoring a leading
`+`; "starts with" and "contains" also look at the national part (without the calling code).
"""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from ...core import ApiError, Call
from ..auth import Caller
from ..errors import not_found
from ..geography import ISO_COUNTRIES, SENDING_BY_CODE
from ..state import AvailableNumber, DedicatedNumber, Store
from . import operation
from .campaigns import INSUFFICIENT_CREDIT
from .common import answer, decimal_text, paged


def country_name(code: str) -> str:
    country = SENDING_BY_CODE.get(code)
    return country.name if country else ISO_COUNTRIES.get(code, code)


def owned_wire(number: DedicatedNumber) -> dict[str, Any]:
    return {
        "dedicated_number": number.number,
        "country": number.country,
        "price": decimal_text(number.price_monthly, 2),
        "_country_name": country_name(number.country),
    }


def available_wire(number: AvailableNumber) -> dict[str, Any]:
    return {
        "country": number.country,
        "country_name": country_name(number.country),
        "dedicated_number": number.number,
        "price_setup": decimal_text(number.price_setup, 4),
        "price_monthly": decimal_text(number.price_monthly, 4),
        "price_total": decimal_text(number.price_setup + number.price_monthly, 4),
    }


def matches(number: AvailableNumber, search: str | None, search_type: int | None) -> bool:
    """Whether the number (in full, or its national part) starts with, contains or ends with `search`."""
    if not search:
        return True
    wanted, digits = search.lstrip("+"), number.number.lstrip("+")
    country = SENDING_BY_CODE.get(number.country)
    forms = [digits, digits.removeprefix(country.calling_code)] if country else [digits]
    if search_type == 1:
        return any(wanted in form for form in forms)
    if search_type == 2:
        return digits.endswith(wanted)
    return any(form.startswith(wanted) for form in forms)


@operation("list_dedicated_numbers")
def list_dedicated_numbers(store: Store, call: Call[None, Caller]) -> Response:
    owned = [owned_wire(number) for number in call.principal.account.numbers.values()]
    return answer(paged(call, owned), "Here are you dedicated numbers.")


@operation("purchase_dedicated_number")
def purchase_dedicated_number(store: Store, call: Call[None, Caller]) -> Response:
    account = call.principal.account
    wanted = call.path["dedicated_number"].strip()
    wanted = wanted if wanted.startswith("+") else "+" + wanted
    pool, offer = next(
        ((pool, n) for pool in store.available_numbers.values() for n in pool if n.number == wanted), (None, None)
    )
    if pool is None or offer is None:
        raise not_found(f"The number {wanted} is not available.")
    price = offer.price_setup + offer.price_monthly
    if account.no_credit or price > account.balance:
        raise ApiError(400, INSUFFICIENT_CREDIT, code="INSUFFICIENT_CREDIT")
    account.balance -= price
    pool.remove(offer)
    account.numbers[offer.number] = DedicatedNumber(offer.number, offer.country, offer.price_setup, offer.price_monthly)
    data = {
        "dedicated_number": offer.number,
        "country": offer.country,
        "price_total": decimal_text(price, 2),
        "_price_setup": decimal_text(offer.price_setup, 2),
        "_price_monthly": decimal_text(offer.price_monthly, 2),
        "_currency": account.currency.wire(),
    }
    return answer(data, "Here is your new number.")


@operation("list_available_dedicated_numbers")
def list_available_dedicated_numbers(store: Store, call: Call[None, Caller]) -> Response:
    country = call.path["country"].strip().upper()
    search, search_type = call.query.get("search"), call.query.get("search_type")
    offers = [available_wire(n) for n in store.available_numbers.get(country, []) if matches(n, search, search_type)]
    page = paged(call, offers)
    return answer({**page, "_currency": call.principal.account.currency.wire()}, "Here are some numbers.")
