from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.automation_action import AutomationAction, check_automation_action
from ..models.automation_receipt_match_type import AutomationReceiptMatchType, check_automation_receipt_match_type
from ..models.flag import Flag, check_flag

T = TypeVar("T", bound="FaxReceiptRule")


@_attrs_define
class FaxReceiptRule:
    """A fax delivery receipt rule."""

    receipt_rule_id: int
    rule_name: str
    match_type: AutomationReceiptMatchType
    """ Which delivery receipts a receipt rule matches. The docs explain only `0` (all reports); their samples also
    use 1, 2 and 3, without saying what they match. """
    action: AutomationAction
    """ The action a rule takes. Each of the six rule sections' tables lists the same fourteen: AUTO_REPLY,
    EMAIL_USER, EMAIL_FIXED, URL, SMS, POLL, GROUP_SMS, MOVE_CONTACT, CREATE_CONTACT, CREATE_CONTACT_PLUS_EMAIL,
    CREATE_CONTACT_PLUS_NAME_EMAIL, CREATE_CONTACT_PLUS_NAME, SMPP, NONE. """
    action_address: str
    enabled: Flag
    """ 0 (no) or 1 (yes). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        receipt_rule_id = self.receipt_rule_id

        rule_name = self.rule_name

        match_type: int = self.match_type

        action: str = self.action

        action_address = self.action_address

        enabled: int = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "receipt_rule_id": receipt_rule_id,
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
        receipt_rule_id = d.pop("receipt_rule_id")

        rule_name = d.pop("rule_name")

        match_type = check_automation_receipt_match_type(d.pop("match_type"))

        action = check_automation_action(d.pop("action"))

        action_address = d.pop("action_address")

        enabled = check_flag(d.pop("enabled"))

        fax_receipt_rule = cls(
            receipt_rule_id=receipt_rule_id,
            rule_name=rule_name,
            match_type=match_type,
            action=action,
            action_address=action_address,
            enabled=enabled,
        )

        fax_receipt_rule.additional_properties = d
        return fax_receipt_rule

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
