from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EmailSmsAllowedAddress")


@_attrs_define
class EmailSmsAllowedAddress:
    """An email address allowed to send SMS by email."""

    email_address_id: int
    email_address: str
    from_: str
    """ The sender ID of the SMS sent from this address. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_address_id = self.email_address_id

        email_address = self.email_address

        from_ = self.from_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email_address_id": email_address_id,
                "email_address": email_address,
                "from": from_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email_address_id = d.pop("email_address_id")

        email_address = d.pop("email_address")

        from_ = d.pop("from")

        email_sms_allowed_address = cls(
            email_address_id=email_address_id,
            email_address=email_address,
            from_=from_,
        )

        email_sms_allowed_address.additional_properties = d
        return email_sms_allowed_address

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
