from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MmsCampaignPricePreview")


@_attrs_define
class MmsCampaignPricePreview:
    """A preview of the campaign's message (the docs' sample shows a contact's fields filled in)."""

    from_: str
    schedule: int | str
    """ Unix seconds (UTC); the service sends an integer or a numeric string. """
    body: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        schedule: int | str
        schedule = self.schedule

        body = self.body

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from": from_,
                "schedule": schedule,
                "body": body,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_ = d.pop("from")

        def _parse_schedule(data: object) -> int | str:
            return cast(int | str, data)

        schedule = _parse_schedule(d.pop("schedule"))

        body = d.pop("body")

        mms_campaign_price_preview = cls(
            from_=from_,
            schedule=schedule,
            body=body,
        )

        mms_campaign_price_preview.additional_properties = d
        return mms_campaign_price_preview

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
