"""The envelope on every answer, the documented error answers for bad requests (never a 500), authentication
with subaccount credentials, the documented test accounts and the rate limit."""

from __future__ import annotations

import base64
import warnings

import httpx
import pytest

from conformance.emulators.clicksend import RateLimit, create_app

from .conftest import TEST_ACCOUNTS, TEST_NUMBERS, Emulator, data, error, sms

with warnings.catch_warnings():  # Starlette's in-process client, which it now means to move to httpx2
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

TEST_KEY = TEST_ACCOUNTS["api_key"]


def test_an_answer_is_the_documented_envelope(api: httpx.Client) -> None:
    body = api.get("/account").json()
    assert set(body) == {"http_code", "response_code", "response_msg", "data"}
    assert (body["http_code"], body["response_code"], body["response_msg"]) == (200, "SUCCESS", "Here's your account")


def test_unknown_paths_and_methods_get_the_envelope(api: httpx.Client) -> None:
    assert "does not exists" in error(api.get("/nowhere"), 404, "NOT_FOUND")
    wrong = api.delete("/account")
    assert error(wrong, 405, "METHOD_NOT_ALLOWED") == "Method doesn't exist or is not allowed."
    assert {"GET", "POST"} <= set(wrong.headers["Allow"].split(", "))


@pytest.mark.parametrize(
    ("content", "code", "problem"),
    [
        (b"{not json", "BAD_REQUEST", "Malformed JSON body"),
        (b'{"messages": [{"to": "+61411111111"}]}', "MISSING_REQUIRED_FIELDS", "required"),
        (b'{"messages": []}', "BAD_REQUEST", "minItems"),
        (b'{"messages": [{"body": 5}]}', "BAD_REQUEST", "type"),
        (b"[" * 1000 + b"]" * 1000, "BAD_REQUEST", "nested deeper"),
        (b'{"messages": [{"body": "x", "schedule": ' + b"9" * 5000 + b"}]}", "BAD_REQUEST", "digits"),
        (b"", "BAD_REQUEST", "body is required"),
    ],
)
def test_bad_bodies_get_the_documented_400(api: httpx.Client, content: bytes, code: str, problem: str) -> None:
    answer = api.post("/sms/send", content=content, headers={"Content-Type": "application/json"})
    assert problem in error(answer, 400, code)


def test_an_over_limit_body_and_a_wrong_content_type_get_the_400(api: httpx.Client) -> None:
    huge = b'{"messages": [{"body": "' + b"x" * (3 * 1024 * 1024) + b'"}]}'
    sent = api.post("/sms/send", content=huge, headers={"Content-Type": "application/json"})
    assert "larger than" in error(sent, 400, "BAD_REQUEST")
    assert "content type" in error(
        api.post("/sms/send", content=b"body=x", headers={"Content-Type": "text/plain"}), 400, "BAD_REQUEST"
    )


def test_bad_parameters_and_unknown_ids_get_400_and_404(api: httpx.Client) -> None:
    error(api.get("/lists", params={"limit": 14}), 400, "BAD_REQUEST")  # limit is 15 to 100
    error(api.get("/lists", params={"page": 0}), 400, "BAD_REQUEST")
    error(api.get("/lists/abc"), 400, "BAD_REQUEST")
    error(api.get("/lists/2147483648"), 400, "BAD_REQUEST")  # past int32
    error(api.get("/lists", params={"q": "no-colon"}), 400, "BAD_REQUEST")
    assert error(api.get("/lists/999999"), 404, "NOT_FOUND") == "List #999999 not found."
    error(api.get("/sms/receipts/NOT-A-MESSAGE"), 404, "NOT_FOUND")


def test_credentials_missing_or_wrong_are_401_with_the_docs_codes(emulator: Emulator) -> None:
    with emulator.anonymous() as anonymous:
        missing = anonymous.get("/account")
    assert "Username and Unique Key are supplied" in error(missing, 401, "MISSING_CREDENTIALS")
    assert missing.headers["WWW-Authenticate"].startswith("Basic")
    with emulator.client("demo", "not-the-key") as wrong:
        assert error(wrong.get("/account"), 401, "INVALID_CREDENTIALS") == "Your Username or Unique Key is incorrect."
    with emulator.client("nobody", "demo-api-key") as unknown:
        error(unknown.get("/account"), 401, "INVALID_CREDENTIALS")
    garbled = httpx.get(emulator.base_url + "/account", headers={"Authorization": "Basic !!!"})
    error(garbled, 401, "MISSING_CREDENTIALS")


def test_the_five_operations_without_security_need_no_credentials(emulator: Emulator) -> None:
    with emulator.anonymous() as anonymous:
        assert any(country["code"] == "AU" for country in data(anonymous.get("/countries")))
        assert data(anonymous.put("/forgot-username", json={"email": "test@email.com"})) == []
        assert data(anonymous.put("/forgot-password", json={"username": "demo"})) == []
        created = anonymous.post(
            "/account",
            json={
                "username": "fresh",
                "password": "pw",
                "user_phone": "518-481-1001",
                "user_email": "f@x.com",
                "user_first_name": "F",
                "user_last_name": "L",
                "account_name": "Co",
                "country": "US",
            },
        )
        assert data(created)["username"] == "fresh"


def test_a_subaccount_created_by_the_api_authenticates_with_its_own_credentials(
    emulator: Emulator, api: httpx.Client
) -> None:
    created = data(
        api.post(
            "/subaccounts",
            json={
                "api_username": "agent7",
                "password": "pw",
                "email": "a@b.com",
                "phone_number": "518-481-1002",
                "first_name": "A",
                "last_name": "B",
            },
        )
    )
    assert created["phone_number"] == "+15184811002"  # a national number, read in the account's country (US)
    with emulator.client("agent7", created["api_key"]) as agent:
        account = data(agent.get("/account"))
        assert account["username"] == "demo" and account["_subaccount"]["subaccount_id"] == created["subaccount_id"]
        assert data(agent.get("/lists"))["total"] == 3  # the account's data, seen by its subaccounts
    with emulator.client("agent7", "a-guess") as guessing:
        error(guessing.get("/account"), 401, "INVALID_CREDENTIALS")


def test_a_regenerated_key_replaces_the_old_one_at_once(emulator: Emulator, api: httpx.Client) -> None:
    created = data(
        api.post(
            "/subaccounts",
            json={
                "api_username": "rotator",
                "password": "pw",
                "email": "r@b.com",
                "phone_number": "+61411222333",
                "first_name": "R",
                "last_name": "B",
            },
        )
    )
    old_key, subaccount = created["api_key"], created["subaccount_id"]
    new_key = data(api.put(f"/subaccounts/{subaccount}/regen-api-key"))["api_key"]
    assert new_key != old_key
    with emulator.client("rotator", old_key) as old:
        error(old.get("/account"), 401, "INVALID_CREDENTIALS")
    with emulator.client("rotator", new_key) as new:
        assert data(new.get("/account"))["_subaccount"]["api_key"] == new_key
    assert data(api.get(f"/subaccounts/{subaccount}"))["api_key"] == new_key
    data(api.delete(f"/subaccounts/{subaccount}"))
    with emulator.client("rotator", new_key) as deleted:
        error(deleted.get("/account"), 401, "INVALID_CREDENTIALS")


def test_the_main_subaccount_cannot_be_deleted_nor_another_accounts_subaccount_seen(
    emulator: Emulator, api: httpx.Client
) -> None:
    main = data(api.get("/account"))["_subaccount"]["subaccount_id"]
    error(api.delete(f"/subaccounts/{main}"), 403, "FORBIDDEN")
    other = emulator.store.login("nocredit")
    assert other is not None
    error(api.get(f"/subaccounts/{other.subaccount_id}"), 404, "NOT_FOUND")


def test_the_test_credentials_are_the_specs(emulator: Emulator) -> None:
    assert set(TEST_ACCOUNTS["usernames"]) == {"nocredit", "notactive", "banned"}
    for username in TEST_ACCOUNTS["usernames"]:
        subaccount = emulator.store.login(username)
        assert subaccount is not None and subaccount.api_key == TEST_KEY


def test_nocredit_gets_insufficient_credit_for_every_message(emulator: Emulator) -> None:
    with emulator.client("nocredit", TEST_KEY) as nocredit:
        sent = data(
            nocredit.post(
                "/sms/send",
                json={"messages": [{"to": TEST_NUMBERS[0], "body": "a"}, {"to": "+15184811001", "body": "b"}]},
            )
        )
        assert [message["status"] for message in sent["messages"]] == ["INSUFFICIENT_CREDIT"] * 2
        assert sent["queued_count"] == 0
        assert data(nocredit.get("/sms/history"))["total"] == 0
        assert float(data(nocredit.get("/account"))["balance"]) == 0


def test_notactive_is_refused_its_sends_but_may_read(emulator: Emulator) -> None:
    with emulator.client("notactive", TEST_KEY) as notactive:
        refused = notactive.post("/sms/send", json=sms(TEST_NUMBERS[0], "hello"))
        assert error(refused, 403, "ACCOUNT_NOT_ACTIVATED") == "Your account has not been activated."
        error(
            notactive.post("/voice/send", json={"messages": [{"to": TEST_NUMBERS[0], "body": "hi", "lang": "en-us"}]}),
            403,
            "ACCOUNT_NOT_ACTIVATED",
        )
        assert data(notactive.get("/account"))["active"] == 0
        assert data(notactive.post("/sms/price", json=sms(TEST_NUMBERS[0], "hello")))["total_count"] == 1


@pytest.mark.parametrize(("method", "path"), [("GET", "/account"), ("GET", "/lists"), ("POST", "/sms/send")])
def test_banned_is_refused_every_call(emulator: Emulator, method: str, path: str) -> None:
    with emulator.client("banned", TEST_KEY) as banned:
        answer = banned.request(method, path, json=sms(TEST_NUMBERS[0], "x") if method == "POST" else None)
        assert error(answer, 403, "FORBIDDEN") == "This account is banned."


class Clock:
    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


def basic(username: str, key: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{username}:{key}".encode()).decode()}


def test_a_configured_rate_limit_answers_429_with_retry_after() -> None:
    clock = Clock()
    http = TestClient(create_app(clock=clock, rate_limit=RateLimit(requests=3, per_seconds=60)))
    demo = basic("demo", "demo-api-key")
    assert [http.get("/v3/account", headers=demo).status_code for _ in range(3)] == [200, 200, 200]
    clock.now += 20
    limited = http.get("/v3/account", headers=demo)
    assert error(limited, 429, "TOO_MANY_REQUESTS") == "Rate Limit Exceeded."
    assert limited.headers["Retry-After"] == "40"
    assert http.get("/v3/account", headers=basic("nocredit", TEST_KEY)).status_code == 200  # per caller
    clock.now += 40
    assert http.get("/v3/account", headers=demo).status_code == 200


def test_there_is_no_rate_limit_by_default(api: httpx.Client) -> None:
    assert {api.get("/account").status_code for _ in range(60)} == {200}
