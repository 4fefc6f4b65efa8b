from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.automation_action import AutomationAction, check_automation_action
from ..models.fax_inbound_rule_request_enabled import (
    FaxInboundRuleRequestEnabled,
    check_fax_inbound_rule_request_enabled,
)

T = TypeVar("T", bound="FaxInboundRuleRequest")


@_attrs_define
class FaxInboundRuleRequest:
    """An inbound fax rule, to create or replace it."""

    dedicated_number: str
    """ The dedicated number the rule applies to, or `'*'` to apply it to all the account's numbers. """
    rule_name: str
    """ The rule's name. """
    action: AutomationAction
    """ The action a rule takes. Each of the six rule sections' tables lists the same fourteen: AUTO_REPLY,
    EMAIL_USER, EMAIL_FIXED, URL, SMS, POLL, GROUP_SMS, MOVE_CONTACT, CREATE_CONTACT, CREATE_CONTACT_PLUS_EMAIL,
    CREATE_CONTACT_PLUS_NAME_EMAIL, CREATE_CONTACT_PLUS_NAME, SMPP, NONE. """
    action_address: str
    """ What the action acts on, as the action needs (an email address, a URL, a number, ...). """
    enabled: FaxInboundRuleRequestEnabled
    """ 1 (enabled) or 0 (disabled). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dedicated_number = self.dedicated_number

        rule_name = self.rule_name

        action: str = self.action

        action_address = self.action_address

        enabled: int = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dedicated_number": dedicated_number,
                "rule_name": rule_name,
                "action": action,
                "action_address": action_address,
                "enabled": enabled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dedicated_number = d.pop("dedicated_number")

        rule_name = d.pop("rule_name")

        action = check_automation_action(d.pop("action"))

        action_address = d.pop("action_address")

        enabled = check_fax_inbound_rule_request_enabled(d.pop("enabled"))

        fax_inbound_rule_request = cls(
            dedicated_number=dedicated_number,
            rule_name=rule_name,
            action=action,
            action_address=action_address,
            enabled=enabled,
        )

        fax_inbound_rule_request.additional_properties = d
        return fax_inbound_rule_request

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
