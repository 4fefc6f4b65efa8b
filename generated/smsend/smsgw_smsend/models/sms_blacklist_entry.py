from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsBlacklistEntry")


@_attrs_define
class SmsBlacklistEntry:
    """One blacklisted phone number."""

    number: str | Unset = UNSET
    """ The blacklisted phone number. """
    insert_time: str | Unset = UNSET
    """ When the number was added. """
    origin: str | Unset = UNSET
    """ How the number was added (API, WEB or STOPSMS). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        insert_time = self.insert_time

        origin = self.origin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if number is not UNSET:
            field_dict["number"] = number
        if insert_time is not UNSET:
            field_dict["insertTime"] = insert_time
        if origin is not UNSET:
            field_dict["origin"] = origin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number = d.pop("number", UNSET)

        insert_time = d.pop("insertTime", UNSET)

        origin = d.pop("origin", UNSET)

        sms_blacklist_entry = cls(
            number=number,
            insert_time=insert_time,
            origin=origin,
        )

        sms_blacklist_entry.additional_properties = d
        return sms_blacklist_entry

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
