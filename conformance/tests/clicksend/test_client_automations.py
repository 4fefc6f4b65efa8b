"""The six automation sections through the client: each kind of rule created, read, listed (every page, searched),
updated and deleted, with typed answers (ids int, `enabled` bool, actions and match types as documented)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

import pytest
from smsgw_clicksend import models
from smsgw_clicksend.client import AuthenticatedClient
from smsgw_clicksend.overlay import Operation, call, errors, items, operations, paged
from smsgw_clicksend.overlay._shared.paging import Paged

from conformance.emulators.clicksend import dataset

URL = "https://example.com/hook"


@dataclass(frozen=True)
class Kind:
    """A rule section's operations, the body its create and update take, and its delete's documented `data`."""

    name: str
    id_field: str
    listed: Paged[..., Any, Any]
    create: Operation[..., Any]
    get: Operation[..., Any]
    update: Operation[..., Any]
    delete: Operation[..., Any]
    body: Callable[[str, Literal[0, 1]], Any]  # (rule name, enabled) -> the request model
    deleted: object


def receipt_body(model: Any) -> Callable[[str, Literal[0, 1]], Any]:
    return lambda name, enabled: model(rule_name=name, match_type=0, action="URL", action_address=URL, enabled=enabled)


KINDS = [
    Kind(
        "sms inbound",
        "inbound_rule_id",
        paged.list_sms_inbound_rules,
        operations.create_sms_inbound_rule,
        operations.get_sms_inbound_rule,
        operations.update_sms_inbound_rule,
        operations.delete_sms_inbound_rule,
        lambda name, enabled: models.SmsInboundRuleRequest(
            dedicated_number="*",
            rule_name=name,
            message_search_type=1,
            message_search_term="STOP",
            action="URL",
            action_address=URL,
            enabled=enabled,
            webhook_type="json",
        ),
        [],
    ),
    Kind(
        "sms receipt",
        "receipt_rule_id",
        paged.list_sms_receipt_rules,
        operations.create_sms_receipt_rule,
        operations.get_sms_receipt_rule,
        operations.update_sms_receipt_rule,
        operations.delete_sms_receipt_rule,
        receipt_body(models.SmsReceiptRuleRequest),
        [],
    ),
    Kind(
        "email receipt",
        "receipt_rule_id",
        paged.list_email_receipt_rules,
        operations.create_email_receipt_rule,
        operations.get_email_receipt_rule,
        operations.update_email_receipt_rule,
        operations.delete_email_receipt_rule,
        receipt_body(models.EmailReceiptRuleRequest),
        True,
    ),
    Kind(
        "fax inbound",
        "inbound_rule_id",
        paged.list_fax_inbound_rules,
        operations.create_fax_inbound_rule,
        operations.get_fax_inbound_rule,
        operations.update_fax_inbound_rule,
        operations.delete_fax_inbound_rule,
        lambda name, enabled: models.FaxInboundRuleRequest(
            dedicated_number="+61298441484",
            rule_name=name,
            action="EMAIL_FIXED",
            action_address="a@example.com",
            enabled=enabled,
        ),
        [],
    ),
    Kind(
        "fax receipt",
        "receipt_rule_id",
        paged.list_fax_receipt_rules,
        operations.create_fax_receipt_rule,
        operations.get_fax_receipt_rule,
        operations.update_fax_receipt_rule,
        operations.delete_fax_receipt_rule,
        receipt_body(models.FaxReceiptRuleRequest),
        None,
    ),
    Kind(
        "voice receipt",
        "receipt_rule_id",
        paged.list_voice_receipt_rules,
        operations.create_voice_receipt_rule,
        operations.get_voice_receipt_rule,
        operations.update_voice_receipt_rule,
        operations.delete_voice_receipt_rule,
        receipt_body(models.VoiceReceiptRuleRequest),
        [],
    ),
]


@pytest.mark.parametrize("kind", KINDS, ids=[kind.name for kind in KINDS])
def test_a_rule_is_created_read_listed_updated_and_deleted(client: AuthenticatedClient, kind: Kind) -> None:
    sent = kind.body("Forward them", 1)
    created = call(kind.create, client=client, body=sent)
    rule_id = getattr(created, kind.id_field)
    assert isinstance(rule_id, int) and rule_id > dataset.AUTOMATION_RULE  # the demo account has rule 1
    assert (created.rule_name, created.action, created.action_address) == (
        "Forward them",
        sent.action,
        sent.action_address,
    )
    assert created.enabled is True

    assert call(kind.get, client=client, **{kind.id_field: rule_id}) == created
    listed = list(items(kind.listed, client=client))
    assert [getattr(rule, kind.id_field) for rule in listed] == [dataset.AUTOMATION_RULE, rule_id]
    (found,) = items(kind.listed, client=client, q="rule_name:forward")  # search ignores case
    assert found == created

    updated = call(kind.update, client=client, body=kind.body("Paused", 0), **{kind.id_field: rule_id})
    assert (getattr(updated, kind.id_field), updated.rule_name, updated.enabled) == (rule_id, "Paused", False)
    assert call(kind.get, client=client, **{kind.id_field: rule_id}) == updated

    assert call(kind.delete, client=client, **{kind.id_field: rule_id}) == kind.deleted
    with pytest.raises(errors.NotFoundError):
        call(kind.get, client=client, **{kind.id_field: rule_id})


def test_the_demo_account_has_one_rule_of_each_kind_from_the_specs_create_example(client: AuthenticatedClient) -> None:
    inbound = call(operations.get_sms_inbound_rule, client=client, inbound_rule_id=dataset.AUTOMATION_RULE)
    assert (inbound.dedicated_number, inbound.rule_name, inbound.message_search_type) == ("+61298441484", "My Rule", 3)
    assert (inbound.action, inbound.enabled, inbound.body) == ("EMAIL_FIXED", True, None)
    fax = call(operations.get_fax_inbound_rule, client=client, inbound_rule_id=dataset.AUTOMATION_RULE)
    assert fax.user_id > 0 and isinstance(fax.enabled, bool)
    for kind in KINDS:
        rule = call(kind.get, client=client, **{kind.id_field: dataset.AUTOMATION_RULE})
        assert getattr(rule, kind.id_field) == dataset.AUTOMATION_RULE


def test_rules_of_one_kind_are_not_rules_of_another(client: AuthenticatedClient) -> None:
    sms = call(
        operations.create_sms_receipt_rule, client=client, body=receipt_body(models.SmsReceiptRuleRequest)("a", 1)
    )
    assert sms.receipt_rule_id == 2
    voice = call(operations.list_voice_receipt_rules, client=client)
    assert [rule.receipt_rule_id for rule in voice.data] == [dataset.AUTOMATION_RULE]
    with pytest.raises(errors.NotFoundError):
        call(operations.delete_email_receipt_rule, client=client, receipt_rule_id=2)
