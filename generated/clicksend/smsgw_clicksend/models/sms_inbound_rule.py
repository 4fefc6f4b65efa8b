from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.automation_action import AutomationAction, check_automation_action
from ..models.automation_message_search_type import AutomationMessageSearchType, check_automation_message_search_type
from ..models.flag import Flag, check_flag
from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsInboundRule")


@_attrs_define
class SmsInboundRule:
    """An inbound SMS rule."""

    inbound_rule_id: int
    dedicated_number: str
    """ The dedicated number the rule applies to, or `'*'` for all the account's numbers. """
    rule_name: str
    message_search_type: AutomationMessageSearchType
    """ How an inbound SMS rule matches the message: 0 = any message, 1 = starts with, 2 = contains, 3 = does not
    contain (`message_search_term`). """
    message_search_term: None | str
    action: AutomationAction
    """ The action a rule takes. Each of the six rule sections' tables lists the same fourteen: AUTO_REPLY,
    EMAIL_USER, EMAIL_FIXED, URL, SMS, POLL, GROUP_SMS, MOVE_CONTACT, CREATE_CONTACT, CREATE_CONTACT_PLUS_EMAIL,
    CREATE_CONTACT_PLUS_NAME_EMAIL, CREATE_CONTACT_PLUS_NAME, SMPP, NONE. """
    action_address: str
    enabled: Flag
    """ 0 (no) or 1 (yes). """
    body: None | str | Unset = UNSET
    """ Not described by the docs (their list shows `test@test.com` for a CREATE_CONTACT_PLUS_EMAIL rule, null for
    the others); the create answer leaves it out. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inbound_rule_id = self.inbound_rule_id

        dedicated_number = self.dedicated_number

        rule_name = self.rule_name

        message_search_type: int = self.message_search_type

        message_search_term: None | str
        message_search_term = self.message_search_term

        action: str = self.action

        action_address = self.action_address

        enabled: int = self.enabled

        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "inbound_rule_id": inbound_rule_id,
                "dedicated_number": dedicated_number,
                "rule_name": rule_name,
                "message_search_type": message_search_type,
                "message_search_term": message_search_term,
                "action": action,
                "action_address": action_address,
                "enabled": enabled,
            }
        )
        if body is not UNSET:
            field_dict["body"] = body

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        inbound_rule_id = d.pop("inbound_rule_id")

        dedicated_number = d.pop("dedicated_number")

        rule_name = d.pop("rule_name")

        message_search_type = check_automation_message_search_type(d.pop("message_search_type"))

        def _parse_message_search_term(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        message_search_term = _parse_message_search_term(d.pop("message_search_term"))

        action = check_automation_action(d.pop("action"))

        action_address = d.pop("action_address")

        enabled = check_flag(d.pop("enabled"))

        def _parse_body(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        body = _parse_body(d.pop("body", UNSET))

        sms_inbound_rule = cls(
            inbound_rule_id=inbound_rule_id,
            dedicated_number=dedicated_number,
            rule_name=rule_name,
            message_search_type=message_search_type,
            message_search_term=message_search_term,
            action=action,
            action_address=action_address,
            enabled=enabled,
            body=body,
        )

        sms_inbound_rule.additional_properties = d
        return sms_inbound_rule

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
