from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InboundSms")


@_attrs_define
class InboundSms:
    """An inbound SMS (a reply, or a message to your dedicated number)."""

    timestamp: int | str
    """ Unix seconds (UTC); the service sends an integer or a numeric string. """
    from_: str
    """ The number that sent the message. """
    body: str
    original_body: str
    """ The body of the outgoing SMS this replies to. """
    original_message_id: str
    """ A ClickSend message ID (an uppercase UUID). """
    to: str
    """ The number it was sent to (your dedicated or a shared number). """
    custom_string: None | str
    """ The reference of the original message. """
    message_id: str
    """ A ClickSend message ID (an uppercase UUID). """
    field_keyword: str
    """ The message's first word. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp: int | str
        timestamp = self.timestamp

        from_ = self.from_

        body = self.body

        original_body = self.original_body

        original_message_id = self.original_message_id

        to = self.to

        custom_string: None | str
        custom_string = self.custom_string

        message_id = self.message_id

        field_keyword = self.field_keyword

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
                "from": from_,
                "body": body,
                "original_body": original_body,
                "original_message_id": original_message_id,
                "to": to,
                "custom_string": custom_string,
                "message_id": message_id,
                "_keyword": field_keyword,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_timestamp(data: object) -> int | str:
            return cast(int | str, data)

        timestamp = _parse_timestamp(d.pop("timestamp"))

        from_ = d.pop("from")

        body = d.pop("body")

        original_body = d.pop("original_body")

        original_message_id = d.pop("original_message_id")

        to = d.pop("to")

        def _parse_custom_string(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        custom_string = _parse_custom_string(d.pop("custom_string"))

        message_id = d.pop("message_id")

        field_keyword = d.pop("_keyword")

        inbound_sms = cls(
            timestamp=timestamp,
            from_=from_,
            body=body,
            original_body=original_body,
            original_message_id=original_message_id,
            to=to,
            custom_string=custom_string,
            message_id=message_id,
            field_keyword=field_keyword,
        )

        inbound_sms.additional_properties = d
        return inbound_sms

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
