"""Client tests of the TPOA section: sender aliases, their review, listing, reading and deleting."""

from __future__ import annotations

import itertools

import pytest
from smsgw_smsend.client import AuthenticatedClient
from smsgw_smsend.models import Alias, AliasCreateRequest, AliasDetails
from smsgw_smsend.overlay import call, errors
from smsgw_smsend.overlay.operations import create_alias, delete_alias, get_alias, list_aliases

from conformance.emulators.smsend.handlers.tpoa import ALIAS_REVIEW_SECONDS

from .conftest import Emulator

_serial = itertools.count(1)


def alias_request(sender: str) -> AliasCreateRequest:
    return AliasCreateRequest(
        alias=AliasDetails(
            alias=sender,
            company_name="Acme S.r.l.",
            contact_name="Mario",
            contact_surname="Rossi",
            cod_fiscale="RSSMRA80A01H501U",
            vat_number="01234567890",
            contact_address="Via Roma 1",
            contact_city="Roma",
            contact_pcode="00100",
            contact_type="EMAIL",
            contact_info="mario@example.com",
        )
    )


def all_aliases(client: AuthenticatedClient, hide_not_approved: bool = False) -> dict[str, Alias]:
    """Every alias of the account by sender text, read page by page."""
    found: dict[str, Alias] = {}
    for page_number in itertools.count(1):
        page = call(
            list_aliases, client=client, page_number=page_number, page_size=3, hide_not_approved=hide_not_approved
        )
        found.update({alias.alias: alias for alias in page.alias})
        if page_number * 3 >= page.total:
            return found
    raise AssertionError("unreachable")


def new_alias(client: AuthenticatedClient) -> tuple[int, str]:
    sender = f"Acme{next(_serial)}"
    assert call(create_alias, client=client, body=alias_request(sender)) is None
    alias_id = all_aliases(client)[sender].id_alias
    assert isinstance(alias_id, int)
    return alias_id, sender


def test_create_alias_lists_it_unconfirmed(client: AuthenticatedClient) -> None:
    alias_id, sender = new_alias(client)
    alias = all_aliases(client)[sender]
    assert alias.id_alias == alias_id
    assert alias.alias_state == 0
    assert alias.notification_time is None
    assert alias.is_numeric is False
    assert (alias.company_name, alias.contact_type, alias.contact_info) == ("Acme S.r.l.", "EMAIL", "mario@example.com")
    assert sender not in all_aliases(client, hide_not_approved=True)


def test_an_alias_is_confirmed_after_review(emulator: Emulator, client: AuthenticatedClient) -> None:
    alias_id, sender = new_alias(client)
    emulator.clock.advance(ALIAS_REVIEW_SECONDS + 1)
    alias = call(get_alias, client=client, alias_id=alias_id)
    assert alias.alias_state == 1
    assert isinstance(alias.notification_time, str) and len(alias.notification_time) == 14
    assert all_aliases(client, hide_not_approved=True)[sender].id_alias == alias_id


def test_list_aliases_default_paging(client: AuthenticatedClient) -> None:
    new_alias(client)
    page = call(list_aliases, client=client)
    assert (page.page_number, page.page_size) == (1, 10)
    assert 1 <= len(page.alias) == min(10, page.total)


def test_get_alias_answers_one_list_item(client: AuthenticatedClient) -> None:
    alias_id, sender = new_alias(client)
    alias = call(get_alias, client=client, alias_id=alias_id)
    assert (alias.id_alias, alias.alias, alias.vat_number) == (alias_id, sender, "01234567890")


def test_a_numeric_alias_is_marked_numeric(client: AuthenticatedClient) -> None:
    sender = f"39{next(_serial):08d}"
    call(create_alias, client=client, body=alias_request(sender))
    assert all_aliases(client)[sender].is_numeric is True


def test_delete_alias(client: AuthenticatedClient) -> None:
    alias_id, sender = new_alias(client)
    assert call(delete_alias, client=client, alias_id=alias_id) is None
    assert sender not in all_aliases(client)
    with pytest.raises(errors.NotFoundError):
        call(get_alias, client=client, alias_id=alias_id)
    with pytest.raises(errors.NotFoundError):
        call(delete_alias, client=client, alias_id=alias_id)
