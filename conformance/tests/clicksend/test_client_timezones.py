"""Timezones through the client: the IANA names, all of them, or a page of them."""

from __future__ import annotations

import zoneinfo

from smsgw_clicksend.client import AuthenticatedClient
from smsgw_clicksend.overlay import call, operations


def test_every_timezone_name_comes_by_default(client: AuthenticatedClient) -> None:
    zones = call(operations.list_timezones, client=client)
    assert len(zones) > 300 and zones == sorted(zones) and len(set(zones)) == len(zones)
    assert {"Australia/Melbourne", "America/New_York", "Europe/London", "Africa/Abidjan"} <= set(zones)
    assert set(zones) <= zoneinfo.available_timezones()


def test_a_page_of_timezones(client: AuthenticatedClient) -> None:
    zones = call(operations.list_timezones, client=client)
    assert call(operations.list_timezones, client=client, page=1, limit=15) == zones[:15]
    assert call(operations.list_timezones, client=client, page=2, limit=20) == zones[20:40]
    assert call(operations.list_timezones, client=client, limit=20) == zones[:20]  # from the first page
    assert call(operations.list_timezones, client=client, page=99, limit=100) == []  # past the end
    assert zones[:3] == ["Africa/Abidjan", "Africa/Accra", "Africa/Addis_Ababa"]  # the docs' first names
