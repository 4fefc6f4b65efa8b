from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PostReturnAddress")


@_attrs_define
class PostReturnAddress:
    """A post return address."""

    return_address_id: int
    user_id: int
    """ The account's user id. """
    address_name: str
    address_line_1: str
    address_line_2: str
    """ Empty when not given. """
    address_city: str
    address_state: str
    address_postal_code: str
    address_country: str
    """ The country (two-letter code). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return_address_id = self.return_address_id

        user_id = self.user_id

        address_name = self.address_name

        address_line_1 = self.address_line_1

        address_line_2 = self.address_line_2

        address_city = self.address_city

        address_state = self.address_state

        address_postal_code = self.address_postal_code

        address_country = self.address_country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "return_address_id": return_address_id,
                "user_id": user_id,
                "address_name": address_name,
                "address_line_1": address_line_1,
                "address_line_2": address_line_2,
                "address_city": address_city,
                "address_state": address_state,
                "address_postal_code": address_postal_code,
                "address_country": address_country,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        return_address_id = d.pop("return_address_id")

        user_id = d.pop("user_id")

        address_name = d.pop("address_name")

        address_line_1 = d.pop("address_line_1")

        address_line_2 = d.pop("address_line_2")

        address_city = d.pop("address_city")

        address_state = d.pop("address_state")

        address_postal_code = d.pop("address_postal_code")

        address_country = d.pop("address_country")

        post_return_address = cls(
            return_address_id=return_address_id,
            user_id=user_id,
            address_name=address_name,
            address_line_1=address_line_1,
            address_line_2=address_line_2,
            address_city=address_city,
            address_state=address_state,
            address_postal_code=address_postal_code,
            address_country=address_country,
        )

        post_return_address.additional_properties = d
        return post_return_address

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
