from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AccountVerification")


@_attrs_define
class AccountVerification:
    """Where the account activation token was sent."""

    user_phone: str
    """ The phone in E.164 format. """
    type_: str
    """ The type of verification (`sms`). """
    country: str
    """ The phone's country (two-letter code). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_phone = self.user_phone

        type_ = self.type_

        country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_phone": user_phone,
                "type": type_,
                "country": country,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_phone = d.pop("user_phone")

        type_ = d.pop("type")

        country = d.pop("country")

        account_verification = cls(
            user_phone=user_phone,
            type_=type_,
            country=country,
        )

        account_verification.additional_properties = d
        return account_verification

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
