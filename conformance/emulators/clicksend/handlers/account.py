"""Account: create_account, get_account, get_account_usage, send_account_verification, verify_account,
forgot_username, forgot_password, verify_forgot_password.

A new account is not active until verified: Send Account Verification "sends" a code (put in the store's
outbox, never in an answer) and Verify Account takes it. Forgot Username and Forgot Password "email" the username
and a reset code the same way; Verify Forgot Password takes that code once.
"""

from __future__ import annotations

import secrets
from collections import defaultdict
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from emulator_models import clicksend as models
from starlette.responses import Response

from ...core import Call
from ...core.auth import same_secret
from ..auth import Caller
from ..errors import bad_request, not_found
from ..geography import to_e164
from ..state import Account, AccountState, OutboxMessage, Store, Subaccount, new_api_key, new_message_id
from . import operation
from .common import answer, decimal_text, flag
from .subaccount import subaccount_wire

NEW_ACCOUNT_BALANCE = Decimal("4.998")  # the trial credit the docs' Create Account answer shows
TIMEZONES = {"AU": "Australia/Melbourne", "US": "America/New_York", "GB": "Europe/London", "NZ": "Pacific/Auckland"}
ALREADY_EXISTS = "The resource you're trying to add already exists."
EMAIL_SENT = "An email notification has been sent."


def account_wire(store: Store, account: AccountState, subaccount: Subaccount) -> dict[str, Any]:
    """The Account answer: the user, its settings and currency, and the subaccount named."""
    return {
        "user_id": account.user_id,
        "username": account.username,
        "user_email": account.email,
        "active": flag(account.active),
        "banned": flag(account.banned),
        "balance": decimal_text(account.balance),
        "user_phone": account.phone,
        "reply_to": "originalemail",
        "delivery_to": None,
        "user_first_name": account.first_name,
        "user_last_name": account.last_name,
        "account": 0,
        "account_name": account.account_name,
        "account_billing_email": account.email,
        "account_billing_mobile": account.phone,
        "country": account.country,
        "default_country_sms": account.country,
        "auto_recharge": 0,
        "auto_recharge_amount": "20.00",
        "low_credit_amount": "0.00",
        "setting_unicode_sms": 0,
        "setting_email_sms_subject": 0,
        "setting_fix_sender_id": 0,
        "setting_sms_message_char_limit": account.sms_parts_limit,
        "old_dashboard": 0,
        "balance_commission": "0.000000",
        "timezone": TIMEZONES.get(account.country, "UTC"),
        "private_uploads": 0,
        "fax_quality": 0,
        "setting_sms_hide_your_number": 0,
        "setting_sms_hide_business_name": 0,
        "_currency": account.currency.wire(),
        "_subaccount": subaccount_wire(subaccount),
    }


@operation("get_account")
def get_account(store: Store, call: Call[None, Caller]) -> Response:
    return answer(account_wire(store, call.principal.account, call.principal.subaccount), "Here's your account")


@operation("create_account")
def create_account(store: Store, call: Call[models.AccountCreateRequest, None]) -> Response:
    body = call.body
    if store.username_taken(body.username):
        raise bad_request(ALREADY_EXISTS, "ALREADY_EXISTS")
    account = Account(
        username=body.username,
        api_key=new_api_key(),
        balance=NEW_ACCOUNT_BALANCE,
        country=body.country.upper(),
        active=False,
        email=body.user_email,
        phone=to_e164(body.user_phone, body.country) or body.user_phone,
        first_name=body.user_first_name,
        last_name=body.user_last_name,
        account_name=body.account_name,
        password=body.password,
    )
    state = store.add_account(account)
    return answer(account_wire(store, state, store.main_subaccount(state.user_id)), "Successfully created an account.")


def month_window(year: int, month: int) -> tuple[int, int]:
    """The month's first second and the next month's (Unix seconds, UTC)."""
    next_year, next_month = (year + 1, 1) if month == 12 else (year, month + 1)
    start = int(datetime(year, month, 1, tzinfo=UTC).timestamp())
    end = int(datetime(next_year, next_month, 1, tzinfo=UTC).timestamp()) if next_year <= 9999 else 2**63
    return start, end


@operation("get_account_usage")
def get_account_usage(store: Store, call: Call[None, Caller]) -> Response:
    """The month's usage per channel and subaccount, from the messages sent (message parts and what was paid).
    MMS, fax, post and email have no usage here: the emulator sends no fax, post or email, and the docs' usage
    has no MMS."""
    account = call.principal.account
    start, end = month_window(call.path["year"], call.path["month"])
    usernames = {sub.subaccount_id: sub.api_username for sub in store.subaccounts_of(account.user_id)}
    data: dict[str, Any] = {}
    for channel in ("sms", "voice", "fax", "post", "email"):
        totals: dict[int, list[Decimal]] = defaultdict(lambda: [Decimal(0), Decimal(0)])
        for message in account.messages.values():
            if message.channel == channel and not message.cancelled and start <= message.date < end:
                totals[message.subaccount_id][0] += message.parts
                totals[message.subaccount_id][1] += message.price
        data[channel] = [
            {
                "subaccount_id": subaccount_id,
                "username": usernames.get(subaccount_id, ""),
                "total_count": f"{count:.2f}",
                "total_price": decimal_text(price, 4),
            }
            for subaccount_id, (count, price) in sorted(totals.items())
        ]
        count = sum((entry[0] for entry in totals.values()), Decimal(0))
        price = sum((entry[1] for entry in totals.values()), Decimal(0))
        data[f"{channel}_total"] = {"count": int(count), "price": decimal_text(price, 4)}
    return answer(data, "Here is your usage for this month.")


@operation("send_account_verification")
def send_account_verification(store: Store, call: Call[models.AccountVerificationRequest, Caller]) -> Response:
    account, body = call.principal.account, call.body
    phone = to_e164(body.user_phone, body.country) or body.user_phone
    code = 100_000 + secrets.randbelow(900_000)
    account.activation_code = code
    store.outbox.append(
        OutboxMessage(
            "account-verification",
            phone,
            f"Your ClickSend activation code is {code}.",
            str(code),
            user_id=account.user_id,
        )
    )
    return answer({"user_phone": phone, "type": body.type, "country": body.country}, "Verification sent.")


@operation("verify_account")
def verify_account(store: Store, call: Call[None, Caller]) -> Response:
    account = call.principal.account
    if account.activation_code is None or call.path["activation_token"] != account.activation_code:
        raise not_found("Invalid activation token.")
    account.active, account.activation_code = True, None
    return answer(account_wire(store, account, call.principal.subaccount), "You're account has been verified.")


@operation("forgot_username")
def forgot_username(store: Store, call: Call[models.AccountForgotUsernameRequest, None]) -> Response:
    """Email the username of the login registered with this email or phone number (subaccounts first)."""
    email, phone = call.body.email, call.body.phone_number
    wanted_phone = (to_e164(phone, None) or phone) if phone else None
    for sub in store.subaccounts:
        if (email and sub.email.casefold() == email.casefold()) or (wanted_phone and sub.phone_number == wanted_phone):
            text = f"Your ClickSend username is {sub.api_username}."
            store.outbox.append(OutboxMessage("forgot-username", sub.email, text, None, sub.user_id, sub.subaccount_id))
            return answer([], EMAIL_SENT)
    for user in store.users:
        if (email and user.email.casefold() == email.casefold()) or (wanted_phone and user.phone == wanted_phone):
            text = f"Your ClickSend username is {user.username}."
            store.outbox.append(OutboxMessage("forgot-username", user.email, text, None, user.user_id))
            return answer([], EMAIL_SENT)
    raise not_found("No account has this email address or phone number.")


@operation("forgot_password")
def forgot_password(store: Store, call: Call[models.AccountForgotPasswordRequest, None]) -> Response:
    sub = store.login(call.body.username)
    if sub is None:
        raise not_found("No account has this username.")
    sub.reset_token = new_message_id()
    text = f"Your ClickSend verification code is {sub.reset_token} (subaccount {sub.subaccount_id})."
    store.outbox.append(
        OutboxMessage("forgot-password", sub.email, text, sub.reset_token, sub.user_id, sub.subaccount_id)
    )
    return answer([], EMAIL_SENT)


@operation("verify_forgot_password")
def verify_forgot_password(store: Store, call: Call[models.AccountForgotPasswordVerifyRequest, None]) -> Response:
    body = call.body
    sub = store.subaccounts.find(body.subaccount_id)
    if sub is None:
        raise not_found(f"Subaccount #{body.subaccount_id} not found.")
    if sub.reset_token is None or not same_secret(body.activation_token, sub.reset_token):
        raise bad_request("Invalid activation token.")
    sub.password, sub.reset_token = body.password, None
    if sub.main:
        store.users.get(sub.user_id).password = body.password
    return answer([], "Your password has been updated.")
