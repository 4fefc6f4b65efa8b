from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SmsCampaignPriceMessage")


@_attrs_define
class SmsCampaignPriceMessage:
    """The campaign's message as its first recipient would get it."""

    from_: str
    body: str
    """ The message with its placeholders filled in. """
    schedule: int | str
    """ Unix seconds (UTC); the service sends an integer or a numeric string. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        body = self.body

        schedule: int | str
        schedule = self.schedule

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from": from_,
                "body": body,
                "schedule": schedule,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_ = d.pop("from")

        body = d.pop("body")

        def _parse_schedule(data: object) -> int | str:
            return cast(int | str, data)

        schedule = _parse_schedule(d.pop("schedule"))

        sms_campaign_price_message = cls(
            from_=from_,
            body=body,
            schedule=schedule,
        )

        sms_campaign_price_message.additional_properties = d
        return sms_campaign_price_message

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
