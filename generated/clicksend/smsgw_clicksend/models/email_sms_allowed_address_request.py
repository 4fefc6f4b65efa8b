from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailSmsAllowedAddressRequest")


@_attrs_define
class EmailSmsAllowedAddressRequest:
    """An email address to allow to send SMS by email (Email to SMS)."""

    email_address: str
    """ Your email address (the address allowed to send SMS by email). """
    from_: str | Unset = UNSET
    """ Your sender ID, for the SMS sent from this address: a number, or up to 11 letters and digits without spaces
    (the introduction's INVALID_SENDER_ID rule; the table says only "Restrictions: yes"). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_address = self.email_address

        from_ = self.from_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email_address": email_address,
            }
        )
        if from_ is not UNSET:
            field_dict["from"] = from_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email_address = d.pop("email_address")

        from_ = d.pop("from", UNSET)

        email_sms_allowed_address_request = cls(
            email_address=email_address,
            from_=from_,
        )

        email_sms_allowed_address_request.additional_properties = d
        return email_sms_allowed_address_request

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
