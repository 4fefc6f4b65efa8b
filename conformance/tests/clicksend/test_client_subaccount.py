"""Subaccounts through the client: a created subaccount's own credentials authenticate (as a login of the same
account), an update and a renamed username, a regenerated API key that retires the old one, and a deletion that
retires the login."""

from __future__ import annotations

import pytest
from smsgw_clicksend.client import AuthenticatedClient, Client
from smsgw_clicksend.models import AccountCreateRequest, SubaccountCreateRequest, SubaccountUpdateRequest
from smsgw_clicksend.models.flag import Flag
from smsgw_clicksend.overlay import call, connect, errors, items, operations, paged
from smsgw_clicksend.results import Subaccount
from smsgw_clicksend.types import UNSET, Unset

from conformance.emulators.clicksend import DEMO_ACCOUNT
from conformance.tests.clicksend.conftest import Emulator

SUBACCOUNT, RESET_SUBACCOUNT = 59, 54


def new_subaccount(username: str = "team-ann", access_billing: Flag | Unset = UNSET) -> SubaccountCreateRequest:
    return SubaccountCreateRequest(
        api_username=username,
        password="s3cret",
        email="ann@example.com",
        phone_number="941-751-3278",
        first_name="Ann",
        last_name="Lee",
        access_billing=access_billing,
    )


def login(emulator: Emulator, username: str, api_key: str) -> AuthenticatedClient:
    return connect(username, api_key, base_url=emulator.base_url, timeout=30)


def who(emulator: Emulator, username: str, api_key: str) -> tuple[int, str]:
    """(user id, API username) of the account these credentials log in to."""
    with login(emulator, username, api_key) as someone:
        account = call(operations.get_account, client=someone)
    return account.user_id, account.subaccount.api_username


def subaccounts(client: AuthenticatedClient) -> list[Subaccount]:
    return list(items(paged.list_subaccounts, client=client))


def test_the_demo_subaccounts_are_typed(client: AuthenticatedClient) -> None:
    demo_54, demo_59, main = subaccounts(client)  # in id order
    assert (main.api_username, main.api_key, main.email) == ("demo", DEMO_ACCOUNT.api_key, "test@email.com")
    assert (demo_59.subaccount_id, demo_59.api_username, demo_59.phone_number) == (59, "johndoe59", "+619417513278")
    assert (demo_54.subaccount_id, demo_54.api_username, main.subaccount_id) == (RESET_SUBACCOUNT, "0F6pKiiuca", 1716)
    assert (demo_59.access_users, demo_59.access_mms, demo_59.share_campaigns, demo_59.notes) == (
        True,
        True,
        False,
        None,
    )
    assert call(operations.get_subaccount, client=client, subaccount_id=SUBACCOUNT) == demo_59
    found = list(
        items(paged.list_subaccounts, client=client, q="first_name:firstnameegpqv", order_by="subaccount_id:desc")
    )
    assert [sub.subaccount_id for sub in found] == [SUBACCOUNT, RESET_SUBACCOUNT]
    assert demo_59.api_key not in repr(demo_59)  # an x-secret field is in no repr


def test_a_created_subaccount_logs_in_to_the_same_account(
    client: AuthenticatedClient, client_emulator: Emulator
) -> None:
    made = call(operations.create_subaccount, client=client, body=new_subaccount(access_billing=0))
    assert (made.api_username, made.email, made.first_name, made.last_name) == (
        "team-ann",
        "ann@example.com",
        "Ann",
        "Lee",
    )
    assert made.phone_number == "+19417513278"  # read in the account's country (US)
    assert (made.access_billing, made.access_users, made.access_sms) == (False, True, True)
    assert made.api_key and made.api_key != DEMO_ACCOUNT.api_key
    assert call(operations.get_subaccount, client=client, subaccount_id=made.subaccount_id) == made
    assert [sub.subaccount_id for sub in subaccounts(client)][-1] == made.subaccount_id
    demo_user = call(operations.get_account, client=client).user_id
    assert who(client_emulator, made.api_username, made.api_key) == (demo_user, "team-ann")
    with login(client_emulator, made.api_username, made.api_key) as ann:  # the account's data, shared
        assert [found.list_id for found in items(paged.list_contact_lists, client=ann)] == [428, 429, 430]
    with pytest.raises(errors.UnauthorizedError):  # the API key logs in, not the password
        who(client_emulator, made.api_username, "s3cret")


def test_a_taken_api_username_is_already_exists(client: AuthenticatedClient) -> None:
    call(operations.create_subaccount, client=client, body=new_subaccount())
    for taken in ("team-ann", "demo", "johndoe59"):
        with pytest.raises(errors.AlreadyExistsError) as raised:
            call(operations.create_subaccount, client=client, body=new_subaccount(taken))
        assert (raised.value.status, raised.value.code) == (400, "ALREADY_EXISTS")
    assert len(subaccounts(client)) == 4


def test_an_update_changes_the_fields_and_a_new_username_logs_in(
    client: AuthenticatedClient, client_emulator: Emulator
) -> None:
    made = call(operations.create_subaccount, client=client, body=new_subaccount())
    body = SubaccountUpdateRequest(
        password="n3w",
        email="ann.updated@example.com",
        phone_number="+19417519130",
        first_name="Annie",
        last_name="Lee-Smith",
        api_username="team-annie",
        access_sms=0,
        share_campaigns=1,
        notes="on leave",
    )
    updated = call(operations.update_subaccount, client=client, subaccount_id=made.subaccount_id, body=body)
    assert (updated.subaccount_id, updated.api_username, updated.email) == (
        made.subaccount_id,
        "team-annie",
        "ann.updated@example.com",
    )
    assert (updated.first_name, updated.phone_number, updated.notes) == ("Annie", "+19417519130", "on leave")
    assert (updated.access_sms, updated.share_campaigns, updated.access_users) == (False, True, True)
    assert updated.api_key == made.api_key
    assert call(operations.get_subaccount, client=client, subaccount_id=made.subaccount_id) == updated
    assert who(client_emulator, "team-annie", made.api_key)[1] == "team-annie"
    with pytest.raises(errors.UnauthorizedError):  # the old username is gone
        who(client_emulator, "team-ann", made.api_key)
    cleared = SubaccountUpdateRequest(
        password="n3w", email="a@example.com", phone_number="+19417519130", first_name="A", last_name="L", notes=None
    )
    assert (
        call(operations.update_subaccount, client=client, subaccount_id=made.subaccount_id, body=cleared).notes is None
    )
    taken = SubaccountUpdateRequest(
        password="x",
        email="a@example.com",
        phone_number="+19417519130",
        first_name="A",
        last_name="L",
        api_username="demo",
    )
    with pytest.raises(errors.AlreadyExistsError):
        call(operations.update_subaccount, client=client, subaccount_id=made.subaccount_id, body=taken)


def test_a_regenerated_api_key_retires_the_old_one(client: AuthenticatedClient, client_emulator: Emulator) -> None:
    made = call(operations.create_subaccount, client=client, body=new_subaccount())
    assert who(client_emulator, made.api_username, made.api_key)[1] == "team-ann"
    fresh = call(operations.regenerate_subaccount_api_key, client=client, subaccount_id=made.subaccount_id)
    assert fresh.api_key and fresh.api_key != made.api_key
    assert fresh.api_key not in repr(fresh)
    with pytest.raises(errors.UnauthorizedError) as raised:
        who(client_emulator, made.api_username, made.api_key)
    assert isinstance(raised.value, errors.InvalidApiCredentialsError)
    assert (raised.value.status, raised.value.code) == (401, "INVALID_CREDENTIALS")
    assert who(client_emulator, made.api_username, fresh.api_key)[1] == "team-ann"
    assert call(operations.get_subaccount, client=client, subaccount_id=made.subaccount_id).api_key == fresh.api_key
    assert call(operations.get_account, client=client).subaccount.api_key == DEMO_ACCOUNT.api_key  # others kept


def test_a_deleted_subaccount_no_longer_logs_in(client: AuthenticatedClient, client_emulator: Emulator) -> None:
    made = call(operations.create_subaccount, client=client, body=new_subaccount())
    assert call(operations.delete_subaccount, client=client, subaccount_id=made.subaccount_id) is True
    with pytest.raises(errors.NotFoundError) as raised:
        call(operations.get_subaccount, client=client, subaccount_id=made.subaccount_id)
    assert (raised.value.status, raised.value.code) == (404, "NOT_FOUND")
    with pytest.raises(errors.UnauthorizedError):
        who(client_emulator, made.api_username, made.api_key)
    assert made.subaccount_id not in [sub.subaccount_id for sub in subaccounts(client)]
    with pytest.raises(errors.NotFoundError):
        call(operations.delete_subaccount, client=client, subaccount_id=made.subaccount_id)


def test_the_main_subaccount_cannot_be_deleted_nor_another_accounts_reached(
    client: AuthenticatedClient, client_emulator: Emulator
) -> None:
    main = call(operations.get_account, client=client).subaccount.subaccount_id
    with pytest.raises(errors.ForbiddenError) as raised:
        call(operations.delete_subaccount, client=client, subaccount_id=main)
    assert (raised.value.status, raised.value.code) == (403, "FORBIDDEN")
    assert who(client_emulator, DEMO_ACCOUNT.username, DEMO_ACCOUNT.api_key)[1] == "demo"
    other = AccountCreateRequest(
        username="other1",
        password="pass",
        user_phone="+15184811009",
        user_email="other1@example.com",
        user_first_name="O",
        user_last_name="Ther",
        account_name="Other",
        country="US",
    )
    with Client(base_url=client_emulator.base_url) as nobody:
        theirs = call(operations.create_account, client=nobody, body=other).subaccount.subaccount_id
    for operation in (
        operations.get_subaccount,
        operations.regenerate_subaccount_api_key,
        operations.delete_subaccount,
    ):
        with pytest.raises(errors.NotFoundError):
            call(operation, client=client, subaccount_id=theirs)
    assert who(client_emulator, "other1", client_emulator.store.subaccounts.get(theirs).api_key)[1] == "other1"
