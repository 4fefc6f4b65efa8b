"""Accounts: creation (an inactive account with its main subaccount's credentials), verification, and the
forgotten username and password, with the codes "sent" into the store's outbox and never into an answer."""

from __future__ import annotations

from typing import Any

import httpx

from .conftest import TEST_NUMBERS, Emulator, data, error, sms

NEW_ACCOUNT = {
    "username": "johndoe1",
    "user_email": "johndoe1@awesome.com",
    "user_phone": "518-481-1001",
    "user_first_name": "John",
    "user_last_name": "Doe",
    "country": "US",
    "password": "pass",
    "account_name": "The Awesome Company",
}


def create(emulator: Emulator, **changes: Any) -> dict[str, Any]:
    with emulator.anonymous() as anonymous:
        account: dict[str, Any] = data(anonymous.post("/account", json={**NEW_ACCOUNT, **changes}))
    return account


def test_a_new_account_has_its_main_subaccount_and_is_not_active(emulator: Emulator) -> None:
    account = create(emulator)
    assert (account["username"], account["active"], account["user_phone"]) == ("johndoe1", 0, "+15184811001")
    assert account["_currency"]["currency_name_short"] == "USD" and float(account["balance"]) > 0
    login = account["_subaccount"]
    assert login["api_username"] == "johndoe1" and login["api_key"]
    with emulator.client(login["api_username"], login["api_key"]) as new:
        assert data(new.get("/account"))["user_id"] == account["user_id"]
        error(new.post("/sms/send", json=sms(TEST_NUMBERS[0], "hi")), 403, "ACCOUNT_NOT_ACTIVATED")
        assert data(new.get("/lists"))["total"] == 0  # a fresh account holds nothing


def test_a_taken_username_is_already_exists(emulator: Emulator) -> None:
    create(emulator)
    with emulator.anonymous() as anonymous:
        error(anonymous.post("/account", json=NEW_ACCOUNT), 400, "ALREADY_EXISTS")
        error(anonymous.post("/account", json={**NEW_ACCOUNT, "username": "demo"}), 400, "ALREADY_EXISTS")


def every_answer_text(*answers: httpx.Response) -> str:
    return " ".join(answer.text for answer in answers)


def test_verification_sends_a_code_only_to_the_outbox_and_the_code_activates(emulator: Emulator) -> None:
    login = create(emulator)["_subaccount"]
    with emulator.client(login["api_username"], login["api_key"]) as new:
        sent = new.put("/account-verify/send", json={"user_phone": "352-394-4199", "type": "sms", "country": "US"})
        assert data(sent) == {"user_phone": "+13523944199", "type": "sms", "country": "US"}
        (message,) = [m for m in emulator.store.outbox if m.kind == "account-verification"]
        assert message.to == "+13523944199" and message.code is not None and message.code in message.text
        wrong = new.put(f"/account-verify/verify/{(int(message.code) + 1) % 1_000_000}")
        error(wrong, 404, "NOT_FOUND")
        verified = new.put(f"/account-verify/verify/{message.code}")
        assert data(verified)["active"] == 1
        assert message.code not in every_answer_text(sent, wrong, verified)
        assert data(new.post("/sms/send", json=sms(TEST_NUMBERS[0], "now active")))["queued_count"] == 1
        error(new.put(f"/account-verify/verify/{message.code}"), 404, "NOT_FOUND")  # used up


def test_forgot_username_emails_the_username(emulator: Emulator) -> None:
    create(emulator)
    with emulator.anonymous() as anonymous:
        answer = anonymous.put("/forgot-username", json={"email": "JOHNDOE1@awesome.com"})
        assert data(answer) == [] and "johndoe1" not in answer.text
        assert emulator.store.outbox[-1].kind == "forgot-username" and "johndoe1" in emulator.store.outbox[-1].text
        assert emulator.store.outbox[-1].to == "johndoe1@awesome.com"
        assert data(anonymous.put("/forgot-username", json={"phone_number": "+15184811001"})) == []
        error(anonymous.put("/forgot-username", json={"email": "nobody@example.com"}), 404, "NOT_FOUND")
        both = anonymous.put("/forgot-username", json={"email": "a@b.c", "phone_number": "+15184811001"})
        error(both, 400, "BAD_REQUEST")  # exactly one of the two


def test_a_forgotten_password_is_reset_once_with_the_emailed_code(emulator: Emulator) -> None:
    login = create(emulator)["_subaccount"]
    with emulator.anonymous() as anonymous:
        asked = anonymous.put("/forgot-password", json={"username": "johndoe1"})
        assert data(asked) == []
        message = emulator.store.outbox[-1]
        assert (message.kind, message.subaccount_id, message.to) == (
            "forgot-password",
            login["subaccount_id"],
            "johndoe1@awesome.com",
        )
        assert message.code is not None and message.code not in asked.text
        reset = {"subaccount_id": login["subaccount_id"], "password": "n3w-pass"}
        error(anonymous.put("/forgot-password/verify", json={**reset, "activation_token": "WRONG"}), 400, "BAD_REQUEST")
        done = anonymous.put("/forgot-password/verify", json={**reset, "activation_token": message.code})
        assert data(done) == [] and message.code not in done.text
        error(
            anonymous.put("/forgot-password/verify", json={**reset, "activation_token": message.code}),
            400,
            "BAD_REQUEST",
        )
        error(anonymous.put("/forgot-password", json={"username": "nobody"}), 404, "NOT_FOUND")
    subaccount = emulator.store.subaccounts.get(login["subaccount_id"])
    assert subaccount.password == "n3w-pass" and subaccount.reset_token is None
    with emulator.client(login["api_username"], login["api_key"]) as new:  # the API key is not the password
        assert data(new.get("/account"))["username"] == "johndoe1"
