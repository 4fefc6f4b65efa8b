from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AccountVerificationRequest")


@_attrs_define
class AccountVerificationRequest:
    """Where to send the account activation token."""

    country: str
    """ The phone's country, a two-letter code (ISO 3166), e.g. `US`. """
    user_phone: str
    """ The phone to send the token to (the sample sends a national number with `country`). """
    type_: str
    """ The type of verification: `sms` (the only value the docs show). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country = self.country

        user_phone = self.user_phone

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "country": country,
                "user_phone": user_phone,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country = d.pop("country")

        user_phone = d.pop("user_phone")

        type_ = d.pop("type")

        account_verification_request = cls(
            country=country,
            user_phone=user_phone,
            type_=type_,
        )

        account_verification_request.additional_properties = d
        return account_verification_request

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
