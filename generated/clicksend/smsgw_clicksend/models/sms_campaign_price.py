from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.currency import Currency
    from ..models.sms_campaign_price_message import SmsCampaignPriceMessage


T = TypeVar("T", bound="SmsCampaignPrice")


@_attrs_define
class SmsCampaignPrice:
    """What Calculate SMS Campaign Price answers."""

    total_count: int
    """ The number of recipients. """
    total_price: float | str
    """ An amount of money; the service sends a number or a decimal string (`"4.998000"`). """
    data: SmsCampaignPriceMessage
    """ The campaign's message as its first recipient would get it. """
    field_currency: Currency
    """ The account's currency (the `_currency` of price, usage and statistics answers). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        total_price: float | str
        total_price = self.total_price

        data = self.data.to_dict()

        field_currency = self.field_currency.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_count": total_count,
                "total_price": total_price,
                "data": data,
                "_currency": field_currency,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.sms_campaign_price_message import SmsCampaignPriceMessage  # noqa: PLC0415

        d = dict(src_dict)
        total_count = d.pop("total_count")

        def _parse_total_price(data: object) -> float | str:
            return cast(float | str, data)

        total_price = _parse_total_price(d.pop("total_price"))

        data = SmsCampaignPriceMessage.from_dict(d.pop("data"))

        field_currency = Currency.from_dict(d.pop("_currency"))

        sms_campaign_price = cls(
            total_count=total_count,
            total_price=total_price,
            data=data,
            field_currency=field_currency,
        )

        sms_campaign_price.additional_properties = d
        return sms_campaign_price

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
