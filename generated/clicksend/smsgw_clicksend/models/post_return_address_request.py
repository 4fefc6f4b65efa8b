from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostReturnAddressRequest")


@_attrs_define
class PostReturnAddressRequest:
    """A post return address, to create or replace it."""

    address_name: str
    """ Your address name. """
    address_line_1: str
    """ Your address line 1. """
    address_city: str
    """ Your city. """
    address_postal_code: int | str
    """ Your postal code. The tables say string and the answers show one; the curl samples send a number (`6302`),
    which the answers then show as its digits. Either is accepted (see `x-errata`). """
    address_country: str
    """ Your country (two-letter code, e.g. `AU`). """
    address_line_2: str | Unset = UNSET
    """ Your address line 2. """
    address_state: str | Unset = UNSET
    """ Your state. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address_name = self.address_name

        address_line_1 = self.address_line_1

        address_city = self.address_city

        address_postal_code: int | str
        address_postal_code = self.address_postal_code

        address_country = self.address_country

        address_line_2 = self.address_line_2

        address_state = self.address_state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address_name": address_name,
                "address_line_1": address_line_1,
                "address_city": address_city,
                "address_postal_code": address_postal_code,
                "address_country": address_country,
            }
        )
        if address_line_2 is not UNSET:
            field_dict["address_line_2"] = address_line_2
        if address_state is not UNSET:
            field_dict["address_state"] = address_state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address_name = d.pop("address_name")

        address_line_1 = d.pop("address_line_1")

        address_city = d.pop("address_city")

        def _parse_address_postal_code(data: object) -> int | str:
            return cast(int | str, data)

        address_postal_code = _parse_address_postal_code(d.pop("address_postal_code"))

        address_country = d.pop("address_country")

        address_line_2 = d.pop("address_line_2", UNSET)

        address_state = d.pop("address_state", UNSET)

        post_return_address_request = cls(
            address_name=address_name,
            address_line_1=address_line_1,
            address_city=address_city,
            address_postal_code=address_postal_code,
            address_country=address_country,
            address_line_2=address_line_2,
            address_state=address_state,
        )

        post_return_address_request.additional_properties = d
        return post_return_address_request

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
