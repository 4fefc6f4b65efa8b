"""Account through the client: a new account (inactive, with its main subaccount's own credentials), its
verification with the code the emulator "sent" (read from the outbox, never from an answer), the usage a send
makes, and the forgotten username and password."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from smsgw_clicksend.client import AuthenticatedClient, Client
from smsgw_clicksend.models import (
    AccountCreateRequest,
    AccountForgotPasswordRequest,
    AccountForgotPasswordVerifyRequest,
    AccountForgotUsernameRequest,
    AccountVerificationRequest,
    SmsMessageCollection,
    SmsMessageInput,
)
from smsgw_clicksend.overlay import all_sent, call, connect, errors, operations
from smsgw_clicksend.results import Account

from conformance.emulators.clicksend import DEMO_ACCOUNT
from conformance.emulators.clicksend.state import OutboxMessage
from conformance.tests.clicksend.conftest import TEST_ACCOUNTS, TEST_NUMBERS, Emulator


def new_account(username: str = "johndoe1", phone: str = "518-481-1001") -> AccountCreateRequest:
    return AccountCreateRequest(
        username=username,
        password="pass",
        user_phone=phone,
        user_email=f"{username}@awesome.com",
        user_first_name="John",
        user_last_name="Doe",
        account_name="The Awesome Company",
        country="US",
    )


def anonymous(emulator: Emulator) -> Client:
    return Client(base_url=emulator.base_url)


def create(emulator: Emulator, username: str = "johndoe1", phone: str = "518-481-1001") -> Account:
    with anonymous(emulator) as nobody:
        return call(operations.create_account, client=nobody, body=new_account(username, phone))


def login_of(emulator: Emulator, account: Account) -> AuthenticatedClient:
    """The new account's client, with its main subaccount's credentials from the creation's answer."""
    login = account.subaccount
    return connect(login.api_username, login.api_key, base_url=emulator.base_url, timeout=30)


def outbox(emulator: Emulator, kind: str) -> list[OutboxMessage]:
    return [message for message in emulator.store.outbox if message.kind == kind]


def test_the_demo_account_reads_typed(client: AuthenticatedClient, client_emulator: Emulator) -> None:
    account = call(operations.get_account, client=client)
    assert (account.username, account.user_email, account.country) == ("demo", "test@email.com", "US")
    assert (account.user_first_name, account.user_last_name) == ("John", "Doe")
    assert account.account_name == "The Awesome Company"
    assert account.balance == client_emulator.demo.balance < Decimal(250)  # the demo campaigns were paid
    assert (account.active, account.banned, account.auto_recharge) == (True, False, False)
    assert account.auto_recharge_amount == Decimal("20.00") and account.balance_commission == Decimal(0)
    assert account.setting_sms_message_char_limit == 8 and account.timezone == "America/New_York"
    assert account.currency.currency_name_short == "USD"
    assert account.subaccount.api_username == DEMO_ACCOUNT.username
    assert account.subaccount.api_key == DEMO_ACCOUNT.api_key and account.subaccount.access_sms is True
    assert DEMO_ACCOUNT.api_key not in repr(account)  # an x-secret field is in no repr


def test_a_new_account_is_inactive_and_its_own_credentials_authenticate(client_emulator: Emulator) -> None:
    account = create(client_emulator)
    assert (account.username, account.active, account.banned) == ("johndoe1", False, False)
    assert account.user_phone == "+15184811001"  # the national number read in `country`
    assert account.balance == Decimal("4.998000") and account.currency.currency_name_short == "USD"
    assert account.account_name == "The Awesome Company" and account.user_email == "johndoe1@awesome.com"
    assert account.subaccount.api_username == "johndoe1" and account.subaccount.api_key
    with login_of(client_emulator, account) as new:
        seen = call(operations.get_account, client=new)
        assert (seen.user_id, seen.username, seen.active) == (account.user_id, "johndoe1", False)
        body = SmsMessageCollection(messages=[SmsMessageInput(body="hi", to=TEST_NUMBERS[0])])
        with pytest.raises(errors.AccountNotActivatedError) as raised:
            call(operations.send_sms, client=new, body=body)
    assert (raised.value.status, raised.value.code) == (403, "ACCOUNT_NOT_ACTIVATED")


def test_a_taken_username_is_already_exists(client_emulator: Emulator) -> None:
    create(client_emulator)
    with anonymous(client_emulator) as nobody:
        for taken in ("johndoe1", DEMO_ACCOUNT.username):
            with pytest.raises(errors.AlreadyExistsError) as raised:
                call(operations.create_account, client=nobody, body=new_account(taken))
            assert (raised.value.status, raised.value.code) == (400, "ALREADY_EXISTS")


def test_the_verification_code_goes_to_the_outbox_and_activates_the_account(client_emulator: Emulator) -> None:
    account = create(client_emulator)
    with login_of(client_emulator, account) as new:
        request = AccountVerificationRequest(country="US", user_phone="352-394-4199", type_="sms")
        sent = call(operations.send_account_verification, client=new, body=request)
        assert (sent.user_phone, sent.type, sent.country) == ("+13523944199", "sms", "US")
        (message,) = outbox(client_emulator, "account-verification")
        assert message.to == "+13523944199" and message.code is not None and message.user_id == account.user_id
        code = int(message.code)
        with pytest.raises(errors.NotFoundError) as wrong:
            call(operations.verify_account, client=new, activation_token=(code + 1) % 1_000_000)
        assert (wrong.value.status, wrong.value.code) == (404, "NOT_FOUND")
        assert call(operations.get_account, client=new).active is False
        verified = call(operations.verify_account, client=new, activation_token=code)
        assert (verified.user_id, verified.active) == (account.user_id, True)
        assert call(operations.get_account, client=new).active is True
        body = SmsMessageCollection(messages=[SmsMessageInput(body="now active", to=TEST_NUMBERS[0])])
        assert all_sent(call(operations.send_sms, client=new, body=body)).queued_count == 1
        with pytest.raises(errors.NotFoundError):  # a code works once
            call(operations.verify_account, client=new, activation_token=code)


def test_the_usage_of_the_month_counts_what_was_sent_and_paid(
    client: AuthenticatedClient, client_emulator: Emulator
) -> None:
    now = datetime.fromtimestamp(client_emulator.store.now(), UTC)
    before = call(operations.get_account_usage, client=client, year=now.year, month=now.month)
    (campaigns,) = before.sms  # the demo campaigns' messages, sent at the load
    assert campaigns.username == "demo" and before.sms_total.count == campaigns.total_count > 0
    balance = call(operations.get_account, client=client).balance
    body = SmsMessageCollection(messages=[SmsMessageInput(body="x" * 200, to="+15184811002")])  # two parts
    (message,) = all_sent(call(operations.send_sms, client=client, body=body)).messages
    assert message.message_parts == 2
    paid = balance - call(operations.get_account, client=client).balance
    assert paid > 0
    usage = call(operations.get_account_usage, client=client, year=now.year, month=now.month)
    (line,) = usage.sms
    assert (line.username, line.total_count) == ("demo", campaigns.total_count + 2)
    assert line.total_price == campaigns.total_price + paid
    assert (usage.sms_total.count, usage.sms_total.price) == (before.sms_total.count + 2, before.sms_total.price + paid)
    assert usage.voice == before.voice and usage.voice_total == before.voice_total  # an SMS is no call
    old = call(operations.get_account_usage, client=client, year=2015, month=7)  # the demo history's July 2015
    assert old.sms_total.count == old.sms[0].total_count == 1  # one SMS to +16783270696
    assert old.sms_total.price == old.sms[0].total_price > 0
    with pytest.raises(errors.BadRequestError):  # month is 1 to 12
        call(operations.get_account_usage, client=client, year=2015, month=13)
    assert isinstance(old.sms[0].total_count, int)


def test_a_forgotten_username_is_emailed_to_the_login_it_belongs_to(client_emulator: Emulator) -> None:
    create(client_emulator, phone="518-481-1077")  # a number no other login has
    with anonymous(client_emulator) as nobody:
        by_email = AccountForgotUsernameRequest(email="JOHNDOE1@awesome.com")
        assert call(operations.forgot_username, client=nobody, body=by_email) == []
        (message,) = outbox(client_emulator, "forgot-username")
        assert message.to == "johndoe1@awesome.com" and "johndoe1" in message.text
        by_phone = AccountForgotUsernameRequest(phone_number="+15184811077")
        assert call(operations.forgot_username, client=nobody, body=by_phone) == []
        assert outbox(client_emulator, "forgot-username")[1].to == "johndoe1@awesome.com"
        subaccount_email = AccountForgotUsernameRequest(email="testvrq@gmail.com")  # the demo's subaccount 59
        assert call(operations.forgot_username, client=nobody, body=subaccount_email) == []
        last = outbox(client_emulator, "forgot-username")[-1]
        assert (last.to, last.subaccount_id) == ("testvrq@gmail.com", 59) and "johndoe59" in last.text
        with pytest.raises(errors.NotFoundError):
            call(operations.forgot_username, client=nobody, body=AccountForgotUsernameRequest(email="no@one.example"))
        with pytest.raises(errors.BadRequestError) as both:  # exactly one of the two
            call(
                operations.forgot_username,
                client=nobody,
                body=AccountForgotUsernameRequest(email="a@b.co", phone_number="+15184811001"),
            )
    assert both.value.code == "BAD_REQUEST"


def test_a_forgotten_password_is_reset_once_with_the_emailed_code(client_emulator: Emulator) -> None:
    account = create(client_emulator)
    subaccount_id = account.subaccount.subaccount_id
    with anonymous(client_emulator) as nobody:
        asked = AccountForgotPasswordRequest(username="johndoe1")
        assert call(operations.forgot_password, client=nobody, body=asked) == []
        (message,) = outbox(client_emulator, "forgot-password")
        assert (message.to, message.subaccount_id) == ("johndoe1@awesome.com", subaccount_id)
        assert message.code is not None

        def reset(token: str) -> list[str]:
            body = AccountForgotPasswordVerifyRequest(
                subaccount_id=subaccount_id, activation_token=token, password="n3w-pass"
            )
            return call(operations.verify_forgot_password, client=nobody, body=body)

        with pytest.raises(errors.BadRequestError):
            reset("WRONG")
        assert client_emulator.store.subaccounts.get(subaccount_id).password == "pass"
        assert reset(message.code) == []
        assert client_emulator.store.subaccounts.get(subaccount_id).password == "n3w-pass"
        with pytest.raises(errors.BadRequestError):  # the code is used up
            reset(message.code)
        with pytest.raises(errors.NotFoundError):
            call(operations.forgot_password, client=nobody, body=AccountForgotPasswordRequest(username="nobody"))
        unknown = AccountForgotPasswordVerifyRequest(subaccount_id=999_999, activation_token="x", password="p")
        with pytest.raises(errors.NotFoundError):
            call(operations.verify_forgot_password, client=nobody, body=unknown)
    with login_of(client_emulator, account) as new:  # the API key is not the password: it still works
        assert call(operations.get_account, client=new).username == "johndoe1"


def test_the_documented_test_accounts_behave_as_documented(client_emulator: Emulator) -> None:
    key = TEST_ACCOUNTS["api_key"]
    with (
        connect("banned", key, base_url=client_emulator.base_url) as banned,
        pytest.raises(errors.ForbiddenError) as raised,
    ):
        call(operations.get_account, client=banned)
    assert (raised.value.status, raised.value.code) == (403, "FORBIDDEN")
    with connect("notactive", key, base_url=client_emulator.base_url) as notactive:
        assert call(operations.get_account, client=notactive).active is False  # reading works
    with connect("nocredit", key, base_url=client_emulator.base_url) as nocredit:
        account = call(operations.get_account, client=nocredit)
        assert (account.username, account.balance, account.active) == ("nocredit", Decimal(0), True)


def test_the_docs_reset_example_works_once(client_emulator: Emulator) -> None:
    body = AccountForgotPasswordVerifyRequest(
        subaccount_id=54, activation_token="9C648BAD-EB7F-4E7E-96BC-B433140C4F1F", password="n3w-pass"
    )
    with anonymous(client_emulator) as nobody:
        assert call(operations.verify_forgot_password, client=nobody, body=body) == []
        with pytest.raises(errors.BadRequestError) as raised:
            call(operations.verify_forgot_password, client=nobody, body=body)
    assert (raised.value.status, raised.value.code) == (400, "BAD_REQUEST")
    assert client_emulator.store.subaccounts.get(54).password == "n3w-pass"
