"""Countries through the client: every ISO 3166-1 country, without credentials, searched and sorted."""

from __future__ import annotations

import re

from smsgw_clicksend.client import AuthenticatedClient, Client
from smsgw_clicksend.overlay import call, operations

from conformance.tests.clicksend.conftest import Emulator


def test_every_country_comes_without_credentials(client_emulator: Emulator) -> None:
    with Client(base_url=client_emulator.base_url) as nobody:
        countries = call(operations.get_countries, client=nobody)
    assert len(countries) == 249 and len({country.code for country in countries}) == 249
    assert all(re.fullmatch(r"[A-Z]{2}", country.code) for country in countries)
    by_code = {country.code: country.value for country in countries}
    assert (by_code["AU"], by_code["AF"], by_code["FI"], by_code["US"]) == (
        "Australia",
        "Afghanistan",
        "Finland",
        "United States",
    )
    assert [country.code for country in countries] == sorted(by_code)


def test_countries_are_searched_and_sorted(client: AuthenticatedClient) -> None:
    (zealand,) = call(operations.get_countries, client=client, q="value:ZEALAND")
    assert (zealand.code, zealand.value) == ("NZ", "New Zealand")
    islands = call(operations.get_countries, client=client, q="value:islands", order_by="value:desc")
    names = [country.value for country in islands]
    assert len(names) > 10 and names == sorted(names, reverse=True) and all("Islands" in name for name in names)
    either = call(operations.get_countries, client=client, q="code:fi,value:afghan", operator="OR")
    assert [country.code for country in either] == ["AF", "FI"]
    assert call(operations.get_countries, client=client, q="code:fi,value:afghan") == []
