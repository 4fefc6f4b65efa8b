from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DedicatedNumberAvailable")


@_attrs_define
class DedicatedNumberAvailable:
    """A dedicated number available for purchase."""

    country: str
    country_name: str
    dedicated_number: str
    price_setup: float | str
    """ An amount of money; the service sends a number or a decimal string (`"4.998000"`). """
    price_monthly: float | str
    """ An amount of money; the service sends a number or a decimal string (`"4.998000"`). """
    price_total: float | str
    """ An amount of money; the service sends a number or a decimal string (`"4.998000"`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country = self.country

        country_name = self.country_name

        dedicated_number = self.dedicated_number

        price_setup: float | str
        price_setup = self.price_setup

        price_monthly: float | str
        price_monthly = self.price_monthly

        price_total: float | str
        price_total = self.price_total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "country": country,
                "country_name": country_name,
                "dedicated_number": dedicated_number,
                "price_setup": price_setup,
                "price_monthly": price_monthly,
                "price_total": price_total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country = d.pop("country")

        country_name = d.pop("country_name")

        dedicated_number = d.pop("dedicated_number")

        def _parse_price_setup(data: object) -> float | str:
            return cast(float | str, data)

        price_setup = _parse_price_setup(d.pop("price_setup"))

        def _parse_price_monthly(data: object) -> float | str:
            return cast(float | str, data)

        price_monthly = _parse_price_monthly(d.pop("price_monthly"))

        def _parse_price_total(data: object) -> float | str:
            return cast(float | str, data)

        price_total = _parse_price_total(d.pop("price_total"))

        dedicated_number_available = cls(
            country=country,
            country_name=country_name,
            dedicated_number=dedicated_number,
            price_setup=price_setup,
            price_monthly=price_monthly,
            price_total=price_total,
        )

        dedicated_number_available.additional_properties = d
        return dedicated_number_available

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
