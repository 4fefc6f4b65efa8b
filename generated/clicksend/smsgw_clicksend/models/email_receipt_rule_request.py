from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.automation_action import AutomationAction, check_automation_action
from ..models.automation_receipt_match_type import AutomationReceiptMatchType, check_automation_receipt_match_type
from ..models.email_receipt_rule_request_enabled import (
    EmailReceiptRuleRequestEnabled,
    check_email_receipt_rule_request_enabled,
)

T = TypeVar("T", bound="EmailReceiptRuleRequest")


@_attrs_define
class EmailReceiptRuleRequest:
    """An email delivery receipt rule, to create or replace it."""

    rule_name: str
    """ The rule's name. """
    match_type: AutomationReceiptMatchType
    """ Which delivery receipts a receipt rule matches. The docs explain only `0` (all reports); their samples also
    use 1, 2 and 3, without saying what they match. """
    action: AutomationAction
    """ The action a rule takes. Each of the six rule sections' tables lists the same fourteen: AUTO_REPLY,
    EMAIL_USER, EMAIL_FIXED, URL, SMS, POLL, GROUP_SMS, MOVE_CONTACT, CREATE_CONTACT, CREATE_CONTACT_PLUS_EMAIL,
    CREATE_CONTACT_PLUS_NAME_EMAIL, CREATE_CONTACT_PLUS_NAME, SMPP, NONE. """
    action_address: str
    """ What the action acts on, as the action needs (an email address, a URL, a number, ...). """
    enabled: EmailReceiptRuleRequestEnabled
    """ 1 (enabled) or 0 (disabled). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rule_name = self.rule_name

        match_type: int = self.match_type

        action: str = self.action

        action_address = self.action_address

        enabled: int = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rule_name": rule_name,
                "match_type": match_type,
                "action": action,
                "action_address": action_address,
                "enabled": enabled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rule_name = d.pop("rule_name")

        match_type = check_automation_receipt_match_type(d.pop("match_type"))

        action = check_automation_action(d.pop("action"))

        action_address = d.pop("action_address")

        enabled = check_email_receipt_rule_request_enabled(d.pop("enabled"))

        email_receipt_rule_request = cls(
            rule_name=rule_name,
            match_type=match_type,
            action=action,
            action_address=action_address,
            enabled=enabled,
        )

        email_receipt_rule_request.additional_properties = d
        return email_receipt_rule_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
