"""Client tests of the Authentication and User sections: logins, session expiry, dashboard, password, status."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from smsgw_smsend.client import AuthenticatedClient
from smsgw_smsend.overlay import SmsendAuth, call, connect, connect_with_keys, errors
from smsgw_smsend.overlay.operations import (
    check_session,
    get_dashboard,
    get_user_status,
    login,
    login_with_token,
    reset_password,
)

from conformance.emulators.smsend import DEMO_ACCOUNT
from conformance.emulators.smsend.state import SESSION_IDLE_SECONDS

from .conftest import PLAIN_ACCOUNT, Emulator


def auth_of(client: AuthenticatedClient) -> SmsendAuth:
    auth = client._httpx_args["auth"]
    assert isinstance(auth, SmsendAuth)
    return auth


def log_in(anonymous: AuthenticatedClient) -> tuple[str, str]:
    """The demo account's (user key, session key) from a plain login call."""
    keys: tuple[str, str] = call(
        login, client=anonymous, username=DEMO_ACCOUNT.username, password=DEMO_ACCOUNT.password
    )
    return keys


@pytest.fixture
def anonymous(emulator: Emulator) -> Iterator[AuthenticatedClient]:
    """A client without keys, for the two login operations."""
    with AuthenticatedClient(base_url=emulator.base_url, raise_on_unexpected_status=True) as client:
        yield client


def test_login_answers_the_account_user_key_and_a_live_session(
    emulator: Emulator, anonymous: AuthenticatedClient
) -> None:
    user_key, session_key = call(
        login, client=anonymous, username=DEMO_ACCOUNT.username, password=DEMO_ACCOUNT.password
    )
    assert user_key == emulator.account().user_key
    assert session_key in emulator.account().sessions


def test_login_with_wrong_password_is_not_found(anonymous: AuthenticatedClient) -> None:
    with pytest.raises(errors.NotFoundError):
        call(login, client=anonymous, username=DEMO_ACCOUNT.username, password="wrong-password")


def test_connect_with_wrong_password_raises_invalid_credentials(emulator: Emulator) -> None:
    with pytest.raises(errors.InvalidCredentialsError):
        connect(emulator.base_url, DEMO_ACCOUNT.username, "wrong-password")
    with pytest.raises(errors.InvalidCredentialsError):
        connect(emulator.base_url, "nobody-has-this-name", "password", use_token=True)


def test_login_with_token_answers_an_access_token(emulator: Emulator, anonymous: AuthenticatedClient) -> None:
    user_key, token = call(
        login_with_token, client=anonymous, username=DEMO_ACCOUNT.username, password=DEMO_ACCOUNT.password
    )
    assert user_key == emulator.account().user_key
    assert token in emulator.account().tokens
    assert token not in emulator.account().sessions


def test_a_token_client_works_and_its_token_does_not_expire(emulator: Emulator) -> None:
    client = connect(emulator.base_url, DEMO_ACCOUNT.username, DEMO_ACCOUNT.password, use_token=True)
    assert auth_of(client).keys is not None and auth_of(client).keys.is_token
    emulator.clock.advance(SESSION_IDLE_SECONDS + 1)
    assert call(check_session, client=client) is True
    assert call(get_user_status, client=client).sms
    assert auth_of(client).logins == 0  # no new login was needed


def test_get_dashboard_answers_a_link_for_the_account(emulator: Emulator, client: AuthenticatedClient) -> None:
    link = call(get_dashboard, client=client)
    assert link.startswith("http")
    assert f"k={emulator.account().user_key}" in link


def test_check_session_is_true_for_a_live_session(client: AuthenticatedClient) -> None:
    assert call(check_session, client=client) is True


def test_an_idle_session_expires_and_the_overlay_logs_in_again(emulator: Emulator, client: AuthenticatedClient) -> None:
    auth = auth_of(client)
    first_keys = auth.keys
    emulator.clock.advance(SESSION_IDLE_SECONDS + 1)
    status = call(get_user_status, client=client, type_aliases="true")
    assert status.sms
    assert auth.logins == 1
    assert auth.keys != first_keys


def dead_session_client(emulator: Emulator, anonymous: AuthenticatedClient) -> tuple[AuthenticatedClient, str]:
    """A client holding a fresh session key but no password: it cannot log in again by itself."""
    user_key, session_key = call(
        login, client=anonymous, username=DEMO_ACCOUNT.username, password=DEMO_ACCOUNT.password
    )
    return connect_with_keys(emulator.base_url, user_key, session_key, is_token=False), session_key


def test_check_session_answers_false_after_expiry(emulator: Emulator, anonymous: AuthenticatedClient) -> None:
    keyed, _ = dead_session_client(emulator, anonymous)
    assert call(check_session, client=keyed) is True
    emulator.clock.advance(SESSION_IDLE_SECONDS + 1)
    assert call(check_session, client=keyed) is False
    with pytest.raises(errors.UnauthorizedError):
        call(get_dashboard, client=keyed)


def test_check_session_does_not_renew_the_session(emulator: Emulator, anonymous: AuthenticatedClient) -> None:
    keyed, _ = dead_session_client(emulator, anonymous)
    half = SESSION_IDLE_SECONDS // 2 + 10
    emulator.clock.advance(half)
    assert call(check_session, client=keyed) is True
    emulator.clock.advance(half)  # more than the idle limit since the last real call
    assert call(check_session, client=keyed) is False


def test_any_other_call_renews_the_session(emulator: Emulator, anonymous: AuthenticatedClient) -> None:
    keyed, _ = dead_session_client(emulator, anonymous)
    half = SESSION_IDLE_SECONDS // 2 + 10
    emulator.clock.advance(half)
    call(get_dashboard, client=keyed)
    emulator.clock.advance(half)
    assert call(check_session, client=keyed) is True


def test_reset_password_changes_the_login_password(emulator: Emulator) -> None:
    client = connect(emulator.base_url, PLAIN_ACCOUNT.username, PLAIN_ACCOUNT.password)
    new_password = "a-brand-new-pass"
    assert call(reset_password, client=client, password=new_password) is True
    try:
        with pytest.raises(errors.InvalidCredentialsError):
            connect(emulator.base_url, PLAIN_ACCOUNT.username, PLAIN_ACCOUNT.password)
        again = connect(emulator.base_url, PLAIN_ACCOUNT.username, new_password)
        assert call(check_session, client=again) is True
        assert call(reset_password, client=again, password=new_password) is False  # nothing changed
    finally:
        call(reset_password, client=client, password=PLAIN_ACCOUNT.password)
    assert emulator.account(PLAIN_ACCOUNT.username).password == PLAIN_ACCOUNT.password


def test_get_user_status_with_type_names_and_money(emulator: Emulator, client: AuthenticatedClient) -> None:
    account = emulator.account()
    status = call(get_user_status, client=client, get_money="true", type_aliases="true")
    assert status.money == pytest.approx(account.money)
    quantities = {credit.type_: credit.quantity for credit in status.sms}
    assert quantities["N"] == account.sms_credits
    assert set(quantities) == {"N", "L", "LL"}


def test_get_user_status_without_type_names_uses_internal_ids(client: AuthenticatedClient) -> None:
    status = call(get_user_status, client=client)
    assert {credit.type_ for credit in status.sms} == {1, 2, 3}
    assert status.money is None
