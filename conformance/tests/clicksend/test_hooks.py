"""ClickSend's Schemathesis hooks on their own: the live runs' rewriting of sends to the test numbers, and the
checks (envelope, auth, per-message statuses) on answers made here, right and wrong."""

from __future__ import annotations

import copy
import json
import sys
from types import SimpleNamespace
from typing import Any

import pytest
import schemathesis
from schemathesis.config import SchemathesisConfig
from schemathesis.core import NOT_SET

from conformance.schemathesis_hooks import clicksend, live_sends
from conformance.spec_index import spec_index
from conformance.tests.in_process import in_process_schema
from conformance.tests.recording import ROOT_CONFIG

SPEC = spec_index("clicksend")
TEST_NUMBERS = SPEC.test_numbers
# A schema as the CLI loads it against a URL: no in-process app.
LIVE = schemathesis.openapi.from_path(SPEC.path, config=SchemathesisConfig.from_path(ROOT_CONFIG))


def live_case(path: str, method: str, body: Any = NOT_SET, **more: Any) -> schemathesis.Case:
    return LIVE[path][method].Case(body=body, **more)


def before_call(case: schemathesis.Case, kwargs: dict[str, Any] | None = None) -> Any:
    """Run the hook as Schemathesis does before sending; the body as it is then sent."""
    live_sends.before_call(SimpleNamespace(operation=case.operation), case, kwargs or {})
    body: Any = case.body
    return body


ARBITRARY = {
    "messages": [
        {"to": "+61491570156", "body": "Hello"},
        {"to": "+61411111111", "body": "Already a test number"},
        {"list_id": 428, "body": "To a whole list"},
        {"to": "+14155550100", "list_id": 429, "body": "Both"},
        {"body": "To nobody"},
        "not a message",
    ]
}


@pytest.fixture(autouse=True)
def no_spending(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ALLOW_SPENDING", raising=False)


def recipients(body: dict[str, Any]) -> list[Any]:
    return [message.get("to") for message in body["messages"] if isinstance(message, dict)]


def test_a_live_send_sms_goes_to_the_test_numbers_only() -> None:
    case = live_case("/sms/send", "POST", json.loads(json.dumps(ARBITRARY)))
    body = before_call(case)
    assert recipients(body) == ["+61411111111", "+61411111111", "+61433333333", "+61444444444", None]
    assert all("list_id" not in message for message in body["messages"] if isinstance(message, dict))
    assert [message.get("body") for message in body["messages"][:5]] == [
        message["body"] for message in ARBITRARY["messages"][:5] if isinstance(message, dict)
    ]
    assert body["messages"][5] == "not a message"  # no recipient the service could read


@pytest.mark.parametrize("path", ["/mms/send", "/voice/send"])
def test_live_mms_and_voice_sends_go_to_the_test_numbers_only(path: str) -> None:
    case = live_case(path, "POST", {"messages": [{"to": "+447700900123", "list_id": 1, "body": "x", "lang": "en-gb"}]})
    assert before_call(case)["messages"] == [{"to": TEST_NUMBERS[0], "body": "x", "lang": "en-gb"}]


def test_recipients_at_the_top_of_the_body_are_replaced_too() -> None:
    case = live_case("/sms/send", "POST", {"to": "+61491570156", "list_id": 5, "messages": {"to": "+61491570157"}})
    assert before_call(case) == {"to": TEST_NUMBERS[0], "messages": {"to": TEST_NUMBERS[0]}}


def test_with_allow_spending_a_live_send_goes_as_generated(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ALLOW_SPENDING", "1")
    case = live_case("/sms/send", "POST", json.loads(json.dumps(ARBITRARY)))
    assert before_call(case) == ARBITRARY


def test_in_process_sends_go_as_generated() -> None:
    """Against an emulator's app nothing is spent, and refused recipients are part of what is tested."""
    from conformance.emulators.clicksend import create_app

    in_process = in_process_schema("clicksend", create_app(demo_data=False))
    case = in_process["/sms/send"]["POST"].Case(body=json.loads(json.dumps(ARBITRARY)))
    assert before_call(case) == ARBITRARY
    case = live_case("/sms/send", "POST", json.loads(json.dumps(ARBITRARY)))
    assert before_call(case, {"app": object()}) == ARBITRARY


@pytest.mark.parametrize("body", ["text", [1, 2], None, {"messages": "x"}])
def test_bodies_without_messages_go_as_generated(body: Any) -> None:
    case = live_case("/sms/send", "POST", body)
    assert before_call(case) == body


def test_operations_that_do_not_send_are_left_as_generated() -> None:
    price = live_case("/sms/price", "POST", {"messages": [{"to": "+61491570156", "body": "x"}]})
    assert before_call(price) == {"messages": [{"to": "+61491570156", "body": "x"}]}


def test_the_sends_the_spec_names_recipients_for_are_exactly_the_message_sends() -> None:
    free = {op.operation_id for op in SPEC.operations if SPEC.sends_to_test_numbers(op)}
    assert free == {"send_sms", "send_mms", "send_voice"}
    # Campaigns go to lists, purchases and the verification SMS have no recipient to replace: left out of live runs.
    left_out = {op.operation_id for op in SPEC.operations if op.spends_credit} - free
    assert left_out == {
        "send_sms_campaign",
        "send_mms_campaign",
        "purchase_dedicated_number",
        "send_account_verification",
    }


NO_CONTEXT: Any = None  # the checks read nothing of it

# ---- the checks -----------------------------------------------------------------------------------------------------


def answer(status: int, body: Any) -> Any:
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    return SimpleNamespace(status_code=status, content=content)


def envelope(status: int, code: str, data: Any = None, **more: Any) -> Any:
    return answer(
        status, {"http_code": status, "response_code": code, "response_msg": "Message.", "data": data, **more}
    )


def authenticated(path: str, method: str) -> schemathesis.Case:
    return live_case(path, method, headers={"Authorization": clicksend.basic_header()})


GET_ACCOUNT = ("/account", "GET")


@pytest.mark.parametrize(
    "response",
    [
        envelope(200, "SUCCESS", {"user_id": 1}),
        envelope(400, "BAD_REQUEST"),
        envelope(400, "MISSING_REQUIRED_FIELDS"),
        envelope(401, "INVALID_CREDENTIALS"),
        envelope(404, "NOT_FOUND"),
    ],
)
def test_the_envelope_check_accepts_documented_envelopes(response: Any) -> None:
    assert clicksend.clicksend_envelope(NO_CONTEXT, response, authenticated(*GET_ACCOUNT)) is None


@pytest.mark.parametrize(
    ("response", "problem"),
    [
        (answer(200, b"<html>"), "not JSON"),
        (answer(200, [1]), "not an object"),
        (
            answer(200, {"http_code": 200, "response_code": "SUCCESS", "response_msg": "x"}),
            "without the envelope's data",
        ),
        (envelope(200, "SUCCESS", http_code=201), "http_code 201"),
        (envelope(200, "SUCCESS", http_code="200"), "http_code '200'"),
        (envelope(200, "QUEUED"), "'QUEUED', not SUCCESS"),
        (envelope(400, "SUCCESS"), "'SUCCESS' is SUCCESS"),
        (envelope(400, "BAD_THING"), "'BAD_THING' is none of the documented codes"),
        (envelope(400, "BAD_REQUEST", response_msg=None), "response_msg is not a string"),
    ],
)
def test_the_envelope_check_refuses_anything_else(response: Any, problem: str) -> None:
    with pytest.raises(AssertionError, match=problem):
        clicksend.clicksend_envelope(NO_CONTEXT, response, authenticated(*GET_ACCOUNT))


def test_valid_credentials_are_never_answered_401() -> None:
    with pytest.raises(AssertionError, match="refused with 401"):
        clicksend.clicksend_auth_accepted(NO_CONTEXT, envelope(401, "INVALID_CREDENTIALS"), authenticated(*GET_ACCOUNT))
    other = live_case(*GET_ACCOUNT, headers={"Authorization": "Basic b3RoZXI6a2V5"})
    assert clicksend.clicksend_auth_accepted(NO_CONTEXT, envelope(401, "INVALID_CREDENTIALS"), other) is None


@pytest.mark.parametrize(
    ("path", "method", "code"),
    [
        ("/sms/send", "POST", "ACCOUNT_NOT_ACTIVATED"),  # a send of an account not yet verified
        ("/subaccounts/{subaccount_id}", "DELETE", "FORBIDDEN"),  # x-forbidden: the main subaccount
    ],
)
def test_a_403_for_a_documented_reason_is_accepted(path: str, method: str, code: str) -> None:
    assert clicksend.clicksend_auth_accepted(NO_CONTEXT, envelope(403, code), authenticated(path, method)) is None


@pytest.mark.parametrize(
    ("path", "method", "code"),
    [
        ("/account", "GET", "ACCOUNT_NOT_ACTIVATED"),  # reading needs no activation
        ("/account", "GET", "FORBIDDEN"),  # banned, or refused for no documented reason
        ("/sms/send", "POST", "FORBIDDEN"),
        ("/subaccounts/{subaccount_id}", "DELETE", "NOT_FOUND"),
    ],
)
def test_any_other_403_to_valid_credentials_is_a_failure(path: str, method: str, code: str) -> None:
    with pytest.raises(AssertionError, match=f"refused with 403 {code}"):
        clicksend.clicksend_auth_accepted(NO_CONTEXT, envelope(403, code), authenticated(path, method))


def test_the_operations_with_per_message_statuses_come_from_the_spec() -> None:
    assert clicksend.message_status_operations() == {
        "send_sms",
        "calculate_sms_price",
        "send_mms",
        "calculate_mms_price",
        "send_voice",
        "calculate_voice_price",
    }


def sent(*statuses: Any) -> Any:
    return envelope(200, "SUCCESS", {"messages": [{"to": "+61411111111", "status": status} for status in statuses]})


def test_documented_message_statuses_pass() -> None:
    response = sent("SUCCESS", "INVALID_RECIPIENT", "THROTTLED", "INSUFFICIENT_CREDIT")
    assert clicksend.clicksend_message_statuses(NO_CONTEXT, response, authenticated("/sms/send", "POST")) is None


@pytest.mark.parametrize("status", ["QUEUED", "Completed", "success", None, 5, {"code": "SUCCESS"}])
def test_an_undocumented_message_status_fails(status: Any) -> None:
    with pytest.raises(AssertionError, match=r"data.messages\[1\].status"):
        clicksend.clicksend_message_statuses(NO_CONTEXT, sent("SUCCESS", status), authenticated("/voice/price", "POST"))


def test_statuses_elsewhere_are_not_message_statuses() -> None:
    history = envelope(200, "SUCCESS", {"messages": [{"status": "Completed"}]})
    assert clicksend.clicksend_message_statuses(NO_CONTEXT, history, authenticated("/sms/history", "GET")) is None


def test_the_documented_codes_are_the_docs_tables() -> None:
    assert len(clicksend.application_codes()) == 21 and "SUCCESS" in clicksend.application_codes()
    assert clicksend.status_codes()[200] == "SUCCESS" and clicksend.status_codes()[403] == "FORBIDDEN"
    assert "SUCCESS" not in clicksend.error_codes()


def test_the_lint_refuses_recipients_a_live_run_could_not_replace() -> None:
    """A misnamed field would leave the real recipient in place: the spec lint names it."""
    sys.path.insert(0, str(SPEC.path.parents[1] / "scripts"))
    from spec_lint import recipients_problems

    assert recipients_problems(SPEC.document) == []
    document = copy.deepcopy(SPEC.document)
    document["paths"]["/sms/send"]["post"]["x-recipients"]["number"] = "recipient"
    document["paths"]["/mms/send"]["post"]["x-recipients"]["messages"] = "message"
    document["paths"]["/sms/price"]["post"]["x-recipients"] = {"messages": "messages", "number": "to"}
    assert recipients_problems(document) == [
        "POST /sms/send: x-recipients: the messages have no number field 'recipient'",
        "POST /sms/price: x-recipients marks an operation without x-spends-credit",
        "POST /mms/send: x-recipients: the JSON body has no array 'message'",
    ]
    del document["info"]["x-test-numbers"]
    assert "POST /voice/send: x-recipients needs info.x-test-numbers (E.164 numbers) to send to" in (
        recipients_problems(document)
    )
