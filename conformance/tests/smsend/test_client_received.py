"""Client tests for the Received SMS section. Messages arrive through `receive_sms` (the API cannot make one)."""

from __future__ import annotations

import pytest
from smsgw_smsend.client import AuthenticatedClient
from smsgw_smsend.overlay import call, connect
from smsgw_smsend.overlay.errors import UnauthorizedError
from smsgw_smsend.overlay.operations import (
    get_new_received_sms,
    get_new_received_sms_for_sims,
    list_mo_received_sms,
    list_received_sms,
    list_received_sms_after_message,
    list_received_sms_for_sims,
)

from conformance.emulators.smsend.handlers.received import receive_sms
from conformance.emulators.smsend.state import ReceivedSms

from .conftest import PLAIN_ACCOUNT, Emulator

OTHER_SIM = "+393400000002"


def receive(emulator: Emulator, message: str, sim: str | None = None, **extra: str) -> ReceivedSms:
    account = emulator.account()
    return receive_sms(emulator.store, account, sim or account.account.sims[0], "+393479876543", message, **extra)


def now_stamp(emulator: Emulator) -> str:
    return emulator.store.now().strftime("%Y%m%d%H%M%S")


def test_new_messages_feed_returns_each_message_once(client: AuthenticatedClient, emulator: Emulator) -> None:
    call(get_new_received_sms, client=client)  # read whatever earlier tests left
    first, second, third = (receive(emulator, f"feed {index}", keyword="KW") for index in range(3))
    page = call(get_new_received_sms, client=client, limit=2)
    assert [item.id_message for item in page.srsmshistory] == [first.id_message, second.id_message]
    assert (page.srsmshistory[0].message, page.srsmshistory[0].keyword) == ("feed 0", "KW")
    assert page.srsmshistory[0].sender == "+393479876543"
    assert [item.id_message for item in call(get_new_received_sms, client=client).srsmshistory] == [third.id_message]
    assert call(get_new_received_sms, client=client).srsmshistory == []


def test_new_messages_feed_for_sims(client: AuthenticatedClient, emulator: Emulator) -> None:
    call(get_new_received_sms, client=client)
    sim = emulator.account().account.sims[0]
    message = receive(emulator, "on my sim")
    other = call(get_new_received_sms_for_sims, client=client, id_sim=OTHER_SIM)
    assert other.srsmshistory == []  # not one of the account's SIMs: nothing received there
    both = call(get_new_received_sms_for_sims, client=client, id_sim=f"{OTHER_SIM},00{sim[1:]}")
    assert [item.id_message for item in both.srsmshistory] == [message.id_message]
    assert both.srsmshistory[0].id_sim == sim


def test_receiving_on_a_sim_the_account_does_not_own_is_refused(emulator: Emulator) -> None:
    with pytest.raises(ValueError):
        receive(emulator, "nope", sim=OTHER_SIM)


def test_received_history_pages_between_dates(client: AuthenticatedClient, emulator: Emulator) -> None:
    emulator.clock.advance(1)
    start = now_stamp(emulator)
    messages = [receive(emulator, f"history {index}") for index in range(3)]
    page = call(list_received_sms, client=client, from_=start, page_size=2)
    assert (page.total, page.page_number, page.page_size) == (3, 1, 2)
    assert [item.message for item in page.srsmshistory] == ["history 0", "history 1"]
    assert page.srsmshistory[0].sms_date == start
    second = call(list_received_sms, client=client, from_=start, page_number=2, page_size=2)
    assert [item.id_message for item in second.srsmshistory] == [messages[2].id_message]
    sim = emulator.account().account.sims[0]
    assert call(list_received_sms_for_sims, client=client, id_sim=sim, from_=start).total == 3
    assert call(list_received_sms_for_sims, client=client, id_sim=OTHER_SIM, from_=start).total == 0
    assert call(list_received_sms, client=client, from_="20000101000000", to="20000102000000").total == 0
    # An unknown zone falls back to GMT, as Java's TimeZone.getTimeZone does.
    unknown_zone = call(list_received_sms, client=client, from_=start, timezone="Nowhere/Land")
    assert unknown_zone == call(list_received_sms, client=client, from_=start, timezone="UTC")


def test_received_after_a_message(client: AuthenticatedClient, emulator: Emulator) -> None:
    first, second, third = (receive(emulator, f"after {index}") for index in range(3))
    sim = emulator.account().account.sims[0]
    after = call(list_received_sms_after_message, client=client, id_sim=sim, id_message=first.id_message)
    assert [item.id_message for item in after.srsmshistory] == [second.id_message, third.id_message]
    limited = call(list_received_sms_after_message, client=client, id_sim=sim, id_message=first.id_message, limit=1)
    assert [item.id_message for item in limited.srsmshistory] == [second.id_message]
    assert (
        call(list_received_sms_after_message, client=client, id_sim=sim, id_message=third.id_message).srsmshistory == []
    )


def test_mo_messages_for_french_customers(client: AuthenticatedClient, emulator: Emulator) -> None:
    emulator.clock.advance(1)
    start = now_stamp(emulator)
    stop = receive(emulator, "STOP", mo_type="STOP")
    receive(emulator, "hello", mo_type="OTHER")
    page = call(list_mo_received_sms, client=client, type_="STOP", from_=start)
    assert page.total == 1
    assert [item["id_message"] for item in page["mosmshistory"]] == [stop.id_message]


def test_mo_messages_are_refused_to_other_customers(emulator: Emulator) -> None:
    plain = connect(emulator.base_url, PLAIN_ACCOUNT.username, PLAIN_ACCOUNT.password)
    with pytest.raises(UnauthorizedError, match="French"):
        call(list_mo_received_sms, client=plain, type_="STOP")
