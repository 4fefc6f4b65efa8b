from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsCampaignInput")


@_attrs_define
class SmsCampaignInput:
    """A campaign (the body of Calculate SMS Campaign Price and Update SMS Campaign)."""

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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_id = self.list_id

        name = self.name

        body = self.body

        from_ = self.from_

        schedule = self.schedule

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        list_id = d.pop("list_id")

        name = d.pop("name")

        body = d.pop("body")

        from_ = d.pop("from", UNSET)

        schedule = d.pop("schedule", UNSET)

        sms_campaign_input = cls(
            list_id=list_id,
            name=name,
            body=body,
            from_=from_,
            schedule=schedule,
        )

        sms_campaign_input.additional_properties = d
        return sms_campaign_input

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
