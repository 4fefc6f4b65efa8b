from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DedicatedNumber")


@_attrs_define
class DedicatedNumber:
    """A dedicated number of the account."""

    dedicated_number: str
    country: str
    price: float | str
    """ An amount of money; the service sends a number or a decimal string (`"4.998000"`). """
    field_country_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dedicated_number = self.dedicated_number

        country = self.country

        price: float | str
        price = self.price

        field_country_name = self.field_country_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dedicated_number": dedicated_number,
                "country": country,
                "price": price,
                "_country_name": field_country_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dedicated_number = d.pop("dedicated_number")

        country = d.pop("country")

        def _parse_price(data: object) -> float | str:
            return cast(float | str, data)

        price = _parse_price(d.pop("price"))

        field_country_name = d.pop("_country_name")

        dedicated_number = cls(
            dedicated_number=dedicated_number,
            country=country,
            price=price,
            field_country_name=field_country_name,
        )

        dedicated_number.additional_properties = d
        return dedicated_number

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
