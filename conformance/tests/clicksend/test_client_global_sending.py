"""Global sending through the client: the countries that can be selected, the selection (which is what lets an
SMS go to a country), and the agreement to the selected countries' rules."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from smsgw_clicksend.client import AuthenticatedClient
from smsgw_clicksend.models import GlobalSendingCountrySelection, SmsMessageCollection, SmsMessageInput
from smsgw_clicksend.overlay import call, errors, operations

from conformance.tests.clicksend.conftest import Emulator


def selection(client: AuthenticatedClient) -> list[tuple[str, datetime | None]]:
    return [
        (country.code, country.agreed_at) for country in call(operations.get_global_sending_countries, client=client)
    ]


def choose(*ids: int) -> GlobalSendingCountrySelection:
    return GlobalSendingCountrySelection(country_list_ids=list(ids))


def sms_status(client: AuthenticatedClient, to: str) -> str:
    body = SmsMessageCollection(messages=[SmsMessageInput(body=f"to {to}", to=to)])
    (message,) = call(operations.send_sms, client=client, body=body).messages
    return message.status


def test_the_countries_to_choose_from_have_ids_and_regions(client: AuthenticatedClient) -> None:
    options = call(operations.get_global_sending_country_list, client=client)
    assert len(options) == 20 and [option.id for option in options] == list(range(1, 21))
    first = options[0]
    assert (first.id, first.name, first.code, first.region) == (1, "Australia", "AU", "Oceania")
    oceania = call(operations.get_global_sending_country_list, client=client, q="region:oceania")
    assert [(option.id, option.code) for option in oceania] == [(1, "AU"), (4, "NZ")]
    by_name = call(operations.get_global_sending_country_list, client=client, order_by="name:desc")
    assert [option.name for option in by_name] == sorted((option.name for option in options), reverse=True)


def test_the_demo_selection_is_typed(client: AuthenticatedClient) -> None:
    australia, united_states = call(operations.get_global_sending_countries, client=client)
    assert (australia.id, australia.code, australia.region, australia.agreed_at) == (1, "AU", "Oceania", None)
    assert (australia.registration_status.id, australia.registration_status.name) == (1, "NOT_INITIATED")
    assert australia.has_regulation_requirements is True and united_states.has_regulation_requirements is False
    assert australia.regulation_requirements_description.endswith("zero-rated shortcode.")
    assert (australia.block_registration, australia.trial_sending, australia.restricted_sending) == (False,) * 3
    assert (united_states.id, united_states.name, united_states.jotform_id) == (2, "United States", "12346")


def test_the_selection_is_replaced_and_decides_where_an_sms_may_go(client: AuthenticatedClient) -> None:
    assert sms_status(client, "+447700900123") == "COUNTRY_NOT_ENABLED"  # GB is not selected
    chosen = call(operations.select_global_sending_countries, client=client, body=choose(2, 3))
    assert [(country.id, country.code) for country in chosen] == [(2, "US"), (3, "GB")]
    assert [code for code, _ in selection(client)] == ["US", "GB"]  # Australia left out: unselected
    assert sms_status(client, "+447700900124") == "SUCCESS"
    assert sms_status(client, "+61412345678") == "COUNTRY_NOT_ENABLED"
    with pytest.raises(errors.NotFoundError) as raised:
        call(operations.select_global_sending_countries, client=client, body=choose(2, 9999))
    assert (raised.value.status, raised.value.code) == (404, "NOT_FOUND")
    assert [code for code, _ in selection(client)] == ["US", "GB"]  # left as it was


def test_agreeing_records_the_time_for_selected_countries(
    client: AuthenticatedClient, client_emulator: Emulator
) -> None:
    now = datetime.fromtimestamp(client_emulator.store.now(), UTC)
    agreed = call(operations.agree_global_sending_rules, client=client, body=choose(1, 3))  # 3 is not selected
    assert [country.code for country in agreed] == ["AU", "US"]
    (au, au_at), (us, us_at) = selection(client)
    assert au_at is not None and au_at.tzinfo == UTC and abs((au_at - now).total_seconds()) <= 2
    assert (au, us, us_at) == ("AU", "US", None)
    client_emulator.clock.advance(100)
    everything = call(operations.agree_global_sending_rules, client=client)  # no body: every selected country
    later = everything[0].agreed_at
    assert later is not None and (later - au_at).total_seconds() >= 100
    assert [country.agreed_at for country in everything] == [later, later] and selection(client)[1] == ("US", later)
    kept = call(operations.select_global_sending_countries, client=client, body=choose(2, 4))
    assert [(country.code, country.agreed_at) for country in kept] == [("US", later), ("NZ", None)]
    with pytest.raises(errors.NotFoundError):
        call(operations.agree_global_sending_rules, client=client, body=choose(9999))
