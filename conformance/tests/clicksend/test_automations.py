"""The automation rules as the emulator answers them (raw JSON): bad bodies get the documented 400, the email
receipt rules' singular sample paths serve the same rules, and each account sees only its own rules."""

from __future__ import annotations

import httpx
import pytest

from conformance.emulators.clicksend import dataset

from .conftest import Emulator, data, error
from .test_errors_and_auth import TEST_KEY

RECEIPT_RULE = {
    "rule_name": "Hook",
    "match_type": 0,
    "action": "URL",
    "action_address": "https://x.example",
    "enabled": 1,
}


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ({"action": "SEND_FLOWERS"}, "an action the docs do not list"),
        ({"enabled": 2}, "enabled is 0 or 1"),
        ({"match_type": 9}, "a match type the docs do not list"),
        ({"rule_name": None}, "a required field null"),
    ],
)
def test_a_bad_rule_is_refused_with_the_documented_400(api: httpx.Client, change: dict[str, object], why: str) -> None:
    error(api.post("/automations/sms/receipts", json={**RECEIPT_RULE, **change}), 400, "BAD_REQUEST")
    missing = {key: value for key, value in RECEIPT_RULE.items() if key != "action_address"}
    error(
        api.put(f"/automations/voice/receipts/{dataset.AUTOMATION_RULE}", json=missing), 400, "MISSING_REQUIRED_FIELDS"
    )


def test_the_email_receipt_rules_answer_at_the_singular_path_of_their_samples(api: httpx.Client) -> None:
    made = data(api.post("/automations/email/receipt", json=RECEIPT_RULE))
    rule_id = made["receipt_rule_id"]
    assert data(api.get(f"/automations/email/receipts/{rule_id}")) == made
    assert data(api.get("/automations/email/receipt")) == data(api.get("/automations/email/receipts"))
    renamed = data(api.put(f"/automations/email/receipt/{rule_id}", json={**RECEIPT_RULE, "rule_name": "Renamed"}))
    assert renamed["rule_name"] == "Renamed"
    assert data(api.delete(f"/automations/email/receipt/{rule_id}")) is True
    error(api.get(f"/automations/email/receipts/{rule_id}"), 404, "NOT_FOUND")


def test_an_account_sees_only_its_own_rules(emulator: Emulator, api: httpx.Client) -> None:
    with emulator.client("nocredit", TEST_KEY) as other:
        assert data(other.get("/automations/sms/inbound"))["total"] == 0
        error(other.get(f"/automations/sms/inbound/{dataset.AUTOMATION_RULE}"), 404, "NOT_FOUND")
        theirs = data(other.post("/automations/fax/receipts", json=RECEIPT_RULE))
    assert theirs["receipt_rule_id"] == 1  # ids are per account and kind
    assert data(api.get(f"/automations/fax/receipts/{dataset.AUTOMATION_RULE}"))["rule_name"] != "Hook"


def test_rule_lists_page_search_and_sort(api: httpx.Client) -> None:
    for name in ("hook b", "hook a", "hook c"):
        data(api.post("/automations/sms/receipts", json={**RECEIPT_RULE, "rule_name": name}))
    page = data(api.get("/automations/sms/receipts", params={"q": "rule_name:hook ", "order_by": "rule_name:asc"}))
    assert [rule["rule_name"] for rule in page["data"]] == ["hook a", "hook b", "hook c"]
    assert (page["total"], page["per_page"], page["current_page"], page["last_page"]) == (3, 15, 1, 1)
