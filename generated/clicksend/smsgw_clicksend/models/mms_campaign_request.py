from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MmsCampaignRequest")


@_attrs_define
class MmsCampaignRequest:
    """An MMS campaign to send, price or update."""

    list_id: int
    """ Your list id. """
    name: str
    """ Your campaign name. """
    body: str
    """ Your campaign message. """
    from_: str
    """ Your sender id. """
    subject: str
    """ Subject of the MMS campaign. """
    media_file: str
    """ URL pointing to the media file. """
    schedule: int | str | Unset = UNSET
    """ Unix seconds (UTC); the service sends an integer or a numeric string. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_id = self.list_id

        name = self.name

        body = self.body

        from_ = self.from_

        subject = self.subject

        media_file = self.media_file

        schedule: int | str | Unset
        if isinstance(self.schedule, Unset):
            schedule = UNSET
        else:
            schedule = self.schedule

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "list_id": list_id,
                "name": name,
                "body": body,
                "from": from_,
                "subject": subject,
                "media_file": media_file,
            }
        )
        if schedule is not UNSET:
            field_dict["schedule"] = schedule

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        list_id = d.pop("list_id")

        name = d.pop("name")

        body = d.pop("body")

        from_ = d.pop("from")

        subject = d.pop("subject")

        media_file = d.pop("media_file")

        def _parse_schedule(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        schedule = _parse_schedule(d.pop("schedule", UNSET))

        mms_campaign_request = cls(
            list_id=list_id,
            name=name,
            body=body,
            from_=from_,
            subject=subject,
            media_file=media_file,
            schedule=schedule,
        )

        mms_campaign_request.additional_properties = d
        return mms_campaign_request

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
