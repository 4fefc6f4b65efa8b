from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.automation_action import AutomationAction, check_automation_action
from ..models.automation_message_search_type import AutomationMessageSearchType, check_automation_message_search_type
from ..models.sms_inbound_rule_request_enabled import (
    SmsInboundRuleRequestEnabled,
    check_sms_inbound_rule_request_enabled,
)
from ..models.sms_inbound_rule_request_webhook_type import (
    SmsInboundRuleRequestWebhookType,
    check_sms_inbound_rule_request_webhook_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsInboundRuleRequest")


@_attrs_define
class SmsInboundRuleRequest:
    """An inbound SMS rule, to create or replace it."""

    dedicated_number: str
    """ The dedicated number the rule applies to, or `'*'` to apply it to all the account's numbers. """
    rule_name: str
    """ The rule's name. """
    message_search_type: AutomationMessageSearchType
    """ How an inbound SMS rule matches the message: 0 = any message, 1 = starts with, 2 = contains, 3 = does not
    contain (`message_search_term`). """
    message_search_term: str
    """ The text the message is searched for. """
    action: AutomationAction
    """ The action a rule takes. Each of the six rule sections' tables lists the same fourteen: AUTO_REPLY,
    EMAIL_USER, EMAIL_FIXED, URL, SMS, POLL, GROUP_SMS, MOVE_CONTACT, CREATE_CONTACT, CREATE_CONTACT_PLUS_EMAIL,
    CREATE_CONTACT_PLUS_NAME_EMAIL, CREATE_CONTACT_PLUS_NAME, SMPP, NONE. """
    action_address: str
    """ What the action acts on, as the action needs (an email address, a URL, a number, ...). """
    enabled: SmsInboundRuleRequestEnabled
    """ 1 (enabled) or 0 (disabled). """
    webhook_type: SmsInboundRuleRequestWebhookType | Unset = UNSET
    """ For the URL action only, the format of the request sent to `action_address`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dedicated_number = self.dedicated_number

        rule_name = self.rule_name

        message_search_type: int = self.message_search_type

        message_search_term = self.message_search_term

        action: str = self.action

        action_address = self.action_address

        enabled: int = self.enabled

        webhook_type: str | Unset = UNSET
        if not isinstance(self.webhook_type, Unset):
            webhook_type = self.webhook_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dedicated_number": dedicated_number,
                "rule_name": rule_name,
                "message_search_type": message_search_type,
                "message_search_term": message_search_term,
                "action": action,
                "action_address": action_address,
                "enabled": enabled,
            }
        )
        if webhook_type is not UNSET:
            field_dict["webhook_type"] = webhook_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dedicated_number = d.pop("dedicated_number")

        rule_name = d.pop("rule_name")

        message_search_type = check_automation_message_search_type(d.pop("message_search_type"))

        message_search_term = d.pop("message_search_term")

        action = check_automation_action(d.pop("action"))

        action_address = d.pop("action_address")

        enabled = check_sms_inbound_rule_request_enabled(d.pop("enabled"))

        _webhook_type = d.pop("webhook_type", UNSET)
        webhook_type: SmsInboundRuleRequestWebhookType | Unset
        if isinstance(_webhook_type, Unset):
            webhook_type = UNSET
        else:
            webhook_type = check_sms_inbound_rule_request_webhook_type(_webhook_type)

        sms_inbound_rule_request = cls(
            dedicated_number=dedicated_number,
            rule_name=rule_name,
            message_search_type=message_search_type,
            message_search_term=message_search_term,
            action=action,
            action_address=action_address,
            enabled=enabled,
            webhook_type=webhook_type,
        )

        sms_inbound_rule_request.additional_properties = d
        return sms_inbound_rule_request

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
