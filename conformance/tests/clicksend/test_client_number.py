"""Dedicated numbers through the client: the account's own, those for sale (searched, every page), and a
purchase, which charges the balance, moves the number from the pool to the account, and needs the credit."""

from __future__ import annotations

from decimal import Decimal

import pytest
from smsgw_clicksend.client import AuthenticatedClient
from smsgw_clicksend.models.list_available_dedicated_numbers_search_type import (
    ListAvailableDedicatedNumbersSearchType,
)
from smsgw_clicksend.overlay import call, connect, errors, items, operations, paged, pages
from smsgw_clicksend.results import DedicatedNumberAvailable
from smsgw_clicksend.types import UNSET, Unset

from conformance.tests.clicksend.conftest import TEST_ACCOUNTS, Emulator

OWN_NUMBER = "+19403944918"


def for_sale(
    client: AuthenticatedClient,
    country: str,
    search: str | Unset = UNSET,
    search_type: ListAvailableDedicatedNumbersSearchType | Unset = UNSET,
) -> list[DedicatedNumberAvailable]:
    return list(
        items(
            paged.list_available_dedicated_numbers,
            client=client,
            country=country,
            search=search,
            search_type=search_type,
        )
    )


def own(client: AuthenticatedClient) -> list[str]:
    return [number.dedicated_number for number in items(paged.list_dedicated_numbers, client=client)]


def test_the_accounts_own_number_is_typed(client: AuthenticatedClient) -> None:
    page = call(operations.list_dedicated_numbers, client=client)
    (number,) = page.data
    assert (number.dedicated_number, number.country, number.country_name) == (OWN_NUMBER, "US", "United States")
    assert number.price == Decimal("11.11") and page.total == 1


def test_the_numbers_for_sale_are_searched_and_walked_page_by_page(client: AuthenticatedClient) -> None:
    first = call(operations.list_available_dedicated_numbers, client=client, country="US")
    assert (first.total, first.last_page, len(first.data)) == (23, 2, 15)
    assert first.currency.currency_name_short == "USD"
    assert [len(page.data) for page in pages(paged.list_available_dedicated_numbers, client=client, country="us")] == [
        15,
        8,
    ]
    everything = for_sale(client, "US")
    assert len({offer.dedicated_number for offer in everything}) == 23
    offer = everything[0]
    assert (offer.dedicated_number, offer.country, offer.country_name) == ("+12282060576", "US", "United States")
    assert offer.price_total == offer.price_setup + offer.price_monthly == Decimal("11.1100")
    starting = for_sale(client, "US", search="213555", search_type=0)
    assert len(starting) == 20 and all(o.dedicated_number.startswith("+1213555") for o in starting)
    assert [o.dedicated_number for o in for_sale(client, "US", search="0576", search_type=2)] == ["+12282060576"]
    containing = for_sale(client, "US", search="2134657", search_type=1)
    assert [o.dedicated_number for o in containing] == ["+12134657532"]
    australian = for_sale(client, "AU")
    assert len(australian) == 20 and all(o.dedicated_number.startswith("+61") for o in australian)
    assert australian[0].price_setup == Decimal("5.0000")
    assert for_sale(client, "ZZ") == []


def test_a_purchase_charges_the_balance_and_moves_the_number(client: AuthenticatedClient) -> None:
    offer = for_sale(client, "US", search="2132633745", search_type=1)[0]
    balance = call(operations.get_account, client=client).balance
    bought = call(operations.purchase_dedicated_number, client=client, dedicated_number=offer.dedicated_number)
    assert (bought.dedicated_number, bought.country) == (offer.dedicated_number, "US")
    assert (bought.price_total, bought.price_setup, bought.price_monthly) == (
        offer.price_total,
        offer.price_setup,
        offer.price_monthly,
    )
    assert bought.currency.currency_name_short == "USD"
    assert call(operations.get_account, client=client).balance == balance - bought.price_total
    assert own(client) == [OWN_NUMBER, offer.dedicated_number]
    assert offer.dedicated_number not in [o.dedicated_number for o in for_sale(client, "US")]
    with pytest.raises(errors.NotFoundError) as raised:  # no longer for sale
        call(operations.purchase_dedicated_number, client=client, dedicated_number=offer.dedicated_number)
    assert (raised.value.status, raised.value.code) == (404, "NOT_FOUND")


def test_a_number_the_balance_cannot_pay_is_refused(client: AuthenticatedClient, client_emulator: Emulator) -> None:
    client_emulator.demo.balance = Decimal("1.00")
    with pytest.raises(errors.InsufficientCreditError) as raised:
        call(operations.purchase_dedicated_number, client=client, dedicated_number="+12282060576")
    assert (raised.value.status, raised.value.code) == (400, "INSUFFICIENT_CREDIT")
    assert call(operations.get_account, client=client).balance == Decimal("1.00")
    assert own(client) == [OWN_NUMBER]
    assert len(for_sale(client, "US", search="2282060576", search_type=1)) == 1


def test_the_test_accounts_cannot_buy_a_number(client_emulator: Emulator) -> None:
    key = TEST_ACCOUNTS["api_key"]
    with connect("nocredit", key, base_url=client_emulator.base_url) as nocredit:
        with pytest.raises(errors.InsufficientCreditError):
            call(operations.purchase_dedicated_number, client=nocredit, dedicated_number="+12282060576")
        assert call(operations.list_dedicated_numbers, client=nocredit).total == 0
    with connect("notactive", key, base_url=client_emulator.base_url) as notactive:
        with pytest.raises(errors.AccountNotActivatedError) as raised:
            call(operations.purchase_dedicated_number, client=notactive, dedicated_number="+12282060576")
        assert (raised.value.status, raised.value.code) == (403, "ACCOUNT_NOT_ACTIVATED")
        assert call(operations.list_available_dedicated_numbers, client=notactive, country="US").total == 23
