from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.currency import Currency


T = TypeVar("T", bound="DedicatedNumberPurchase")


@_attrs_define
class DedicatedNumberPurchase:
    """A dedicated number just bought, and what it cost."""

    dedicated_number: str
    country: str
    price_total: float | str
    """ An amount of money; the service sends a number or a decimal string (`"4.998000"`). """
    field_price_setup: float | str
    """ An amount of money; the service sends a number or a decimal string (`"4.998000"`). """
    field_price_monthly: float | str
    """ An amount of money; the service sends a number or a decimal string (`"4.998000"`). """
    field_currency: Currency
    """ The account's currency (the `_currency` of price, usage and statistics answers). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dedicated_number = self.dedicated_number

        country = self.country

        price_total: float | str
        price_total = self.price_total

        field_price_setup: float | str
        field_price_setup = self.field_price_setup

        field_price_monthly: float | str
        field_price_monthly = self.field_price_monthly

        field_currency = self.field_currency.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dedicated_number": dedicated_number,
                "country": country,
                "price_total": price_total,
                "_price_setup": field_price_setup,
                "_price_monthly": field_price_monthly,
                "_currency": field_currency,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.currency import Currency  # noqa: PLC0415

        d = dict(src_dict)
        dedicated_number = d.pop("dedicated_number")

        country = d.pop("country")

        def _parse_price_total(data: object) -> float | str:
            return cast(float | str, data)

        price_total = _parse_price_total(d.pop("price_total"))

        def _parse_field_price_setup(data: object) -> float | str:
            return cast(float | str, data)

        field_price_setup = _parse_field_price_setup(d.pop("_price_setup"))

        def _parse_field_price_monthly(data: object) -> float | str:
            return cast(float | str, data)

        field_price_monthly = _parse_field_price_monthly(d.pop("_price_monthly"))

        field_currency = Currency.from_dict(d.pop("_currency"))

        dedicated_number_purchase = cls(
            dedicated_number=dedicated_number,
            country=country,
            price_total=price_total,
            field_price_setup=field_price_setup,
            field_price_monthly=field_price_monthly,
            field_currency=field_currency,
        )

        dedicated_number_purchase.additional_properties = d
        return dedicated_number_purchase

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
