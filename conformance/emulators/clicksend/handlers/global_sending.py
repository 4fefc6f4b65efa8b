"""Global Sending: select_global_sending_countries, get_global_sending_countries, agree_global_sending_rules,
get_global_sending_country_list.

The selection is where the account's SMS and MMS may go: a message to a number of a country not selected gets
COUNTRY_NOT_ENABLED (test numbers excepted). A new account starts with its own country selected. Selecting
replaces the selection (a country left out is unselected; one still selected keeps its agreement); agreeing
records the time for the countries named (all the selected ones without a body) that are selected.
"""

from __future__ import annotations

from typing import Any

from emulator_models import clicksend as models
from starlette.responses import Response

from ...core import Call
from ..auth import Caller
from ..errors import not_found
from ..geography import SENDING_BY_ID, SENDING_COUNTRIES, SendingCountry
from ..state import AccountState, Store
from . import operation
from .common import answer, flag, searched

SELECTION = "Here are your countries selection."


def option_wire(country: SendingCountry) -> dict[str, Any]:
    return {"id": country.id, "name": country.name, "code": country.code, "region": country.region}


def selected_wire(country: SendingCountry, agreed_at: int | None) -> dict[str, Any]:
    return {
        **option_wire(country),
        "agreed_at": agreed_at,
        "registration_entity": None,
        "registration_status": {"id": 1, "name": "NOT_INITIATED"},
        "jotform_id": str(12344 + country.id),
        "sms_registration_type": 0,
        "block_registration": 0,
        "block_leads": 0,
        "trial_from_address": "",
        "restricted_sending": 0,
        "trial_sending": 0,
        "trial_sending_description": "",
        "has_regulation_requirements": flag(bool(country.regulations)),
        "registration_steps_url": "https://clicksend.helpdocs.com",
        "regulation_requirements_description": country.regulations,
    }


def selection(call: Call[Any, Caller], account: AccountState) -> Response:
    chosen = sorted(account.selected_countries.items())
    return answer(searched(call, [selected_wire(SENDING_BY_ID[id], agreed) for id, agreed in chosen]), SELECTION)


def countries_named(ids: list[models.CountryListId]) -> list[int]:
    for country_id in ids:
        if country_id.root not in SENDING_BY_ID:
            raise not_found(f"Country #{country_id.root} not found.")
    return [country_id.root for country_id in ids]


@operation("select_global_sending_countries")
def select_global_sending_countries(store: Store, call: Call[models.GlobalSendingCountrySelection, Caller]) -> Response:
    account = call.principal.account
    chosen = countries_named(call.body.country_list_ids)
    account.selected_countries = {id: account.selected_countries.get(id) for id in sorted(set(chosen))}
    return selection(call, account)


@operation("get_global_sending_countries")
def get_global_sending_countries(store: Store, call: Call[None, Caller]) -> Response:
    return selection(call, call.principal.account)


@operation("agree_global_sending_rules")
def agree_global_sending_rules(
    store: Store, call: Call[models.GlobalSendingCountrySelection | None, Caller]
) -> Response:
    account = call.principal.account
    named = countries_named(call.body.country_list_ids) if call.body is not None else list(account.selected_countries)
    for country_id in named:
        if country_id in account.selected_countries:
            account.selected_countries[country_id] = store.now()
    return selection(call, account)


@operation("get_global_sending_country_list")
def get_global_sending_country_list(store: Store, call: Call[None, Caller]) -> Response:
    return answer(searched(call, [option_wire(country) for country in SENDING_COUNTRIES]), "List of Countries.")
