from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsCampaignSendInput")


@_attrs_define
class SmsCampaignSendInput:
    """The body of Send SMS Campaign."""

    list_id: int
    """ The contact list to send to (up to 20,000 recipients). """
    name: str
    """ The campaign's name. """
    body: str
    """ The message. Marketing messages must end with an opt-out ("reply STOP", or the `StopMsg.me/xxxxx`
    placeholder, replaced by an opt-out link).
     """
    from_: str | Unset = UNSET
    """ Your sender ID. The samples leave it out; the service then chooses the sender (the answer's `from`). """
    schedule: int | Unset = UNSET
    """ When to send (Unix seconds); leave out (or 0) to send now. """
    url_to_shorten: str | Unset = UNSET
    """ A long URL to replace the literal `smsu.io/xxxxx` of `body` with a tracked short URL (one of the two without
    the other is an error). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_id = self.list_id

        name = self.name

        body = self.body

        from_ = self.from_

        schedule = self.schedule

        url_to_shorten = self.url_to_shorten

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "list_id": list_id,
                "name": name,
                "body": body,
            }
        )
        if from_ is not UNSET:
            field_dict["from"] = from_
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if url_to_shorten is not UNSET:
            field_dict["url_to_shorten"] = url_to_shorten

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        list_id = d.pop("list_id")

        name = d.pop("name")

        body = d.pop("body")

        from_ = d.pop("from", UNSET)

        schedule = d.pop("schedule", UNSET)

        url_to_shorten = d.pop("url_to_shorten", UNSET)

        sms_campaign_send_input = cls(
            list_id=list_id,
            name=name,
            body=body,
            from_=from_,
            schedule=schedule,
            url_to_shorten=url_to_shorten,
        )

        sms_campaign_send_input.additional_properties = d
        return sms_campaign_send_input

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
