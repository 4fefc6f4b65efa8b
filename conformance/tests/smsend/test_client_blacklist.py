"""Client tests for the SMS Blacklist section."""

from __future__ import annotations

import random
from typing import Any

import pytest
from smsgw_smsend.client import AuthenticatedClient
from smsgw_smsend.models import SmsSendRequest
from smsgw_smsend.overlay import call
from smsgw_smsend.overlay.errors import BadRequestError
from smsgw_smsend.overlay.operations import (
    add_number_to_sms_blacklist,
    add_numbers_to_sms_blacklist,
    get_sms_state,
    list_sms_blacklist,
    send_sms,
)

from .conftest import Emulator


def fresh_number() -> str:
    return f"+3934{random.randrange(10**8):08d}"


def listed(client: AuthenticatedClient, **filters: Any) -> list[str]:
    page = call(list_sms_blacklist, client=client, page_size=1000, **filters)
    return [entry.number for entry in page.content]


def test_add_one_number_then_list_it_and_block_sending(client: AuthenticatedClient) -> None:
    number = fresh_number()
    assert call(add_number_to_sms_blacklist, client=client, phone_number=number) is True
    assert call(add_number_to_sms_blacklist, client=client, phone_number=number) is True  # idempotent
    page = call(list_sms_blacklist, client=client, number=number, origins="API")
    assert page.total_elements == 1
    assert (page.content[0].number, page.content[0].origin) == (number, "API")
    sent = call(send_sms, client=client, body=SmsSendRequest(message_type="N", message="Hi", recipient=[number]))
    state = call(get_sms_state, client=client, order_id=sent.order_id)
    assert state.recipients[0].status == "BLACKLISTED"


def test_batch_counts_only_new_numbers(client: AuthenticatedClient) -> None:
    first, second = fresh_number(), fresh_number()
    same_as_first = "00" + first[1:]
    assert call(add_numbers_to_sms_blacklist, client=client, body=[first, second, same_as_first]) == 2
    assert call(add_numbers_to_sms_blacklist, client=client, body=[first]) == 0
    assert {first, second} <= set(listed(client))
    assert same_as_first not in listed(client)


def test_malformed_number_in_batch_adds_nothing(client: AuthenticatedClient) -> None:
    good = fresh_number()
    with pytest.raises(BadRequestError):
        call(add_numbers_to_sms_blacklist, client=client, body=[good, "12345"])
    assert good not in listed(client)


def test_list_filters_and_pages(client: AuthenticatedClient, emulator: Emulator) -> None:
    prefix = f"+3935{random.randrange(10**4):04d}"
    numbers = [f"{prefix}{index:04d}" for index in range(3)]
    call(add_numbers_to_sms_blacklist, client=client, body=numbers)
    first = call(list_sms_blacklist, client=client, number=prefix, page_number=1, page_size=2)
    assert (first.total_elements, first.total_pages, first.number, first.number_of_elements) == (3, 2, 0, 2)
    assert (first.first, first.last) == (True, False)
    second = call(list_sms_blacklist, client=client, number=prefix, page_number=2, page_size=2)
    assert [entry.number for entry in second.content] == numbers[2:]
    assert second.last is True
    assert listed(client, number=prefix, origins="WEB,STOPSMS") == []
    now = emulator.store.now()
    assert listed(client, number=prefix, to=now.replace(year=now.year - 1).strftime("%Y-%m-%d %H:%M:%S")) == []
    assert len(listed(client, number=prefix, from_=now.strftime("%Y-%m-%d 00:00:00"), timezone="UTC")) == 3
    # An unknown zone falls back to GMT, as Java's TimeZone.getTimeZone does.
    unknown_zone = call(list_sms_blacklist, client=client, timezone="Nowhere/Land")
    assert unknown_zone == call(list_sms_blacklist, client=client, timezone="UTC")
