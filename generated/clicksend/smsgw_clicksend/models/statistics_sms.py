from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.currency import Currency
    from ..models.statistics_sms_day import StatisticsSmsDay
    from ..models.statistics_sms_total import StatisticsSmsTotal


T = TypeVar("T", bound="StatisticsSms")


@_attrs_define
class StatisticsSms:
    total: StatisticsSmsTotal
    stat: list[StatisticsSmsDay]
    """ Per day (`date` is the day's start); named `stat`, not `stats`, as the docs show. """
    field_currency: Currency
    """ The account's currency (the `_currency` of price, usage and statistics answers). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total.to_dict()

        stat = []
        for stat_item_data in self.stat:
            stat_item = stat_item_data.to_dict()
            stat.append(stat_item)

        field_currency = self.field_currency.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "stat": stat,
                "_currency": field_currency,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.statistics_sms_day import StatisticsSmsDay  # noqa: PLC0415
        from ..models.statistics_sms_total import StatisticsSmsTotal  # noqa: PLC0415

        d = dict(src_dict)
        total = StatisticsSmsTotal.from_dict(d.pop("total"))

        stat = []
        _stat = d.pop("stat")
        for stat_item_data in _stat:
            stat_item = StatisticsSmsDay.from_dict(stat_item_data)

            stat.append(stat_item)

        field_currency = Currency.from_dict(d.pop("_currency"))

        statistics_sms = cls(
            total=total,
            stat=stat,
            field_currency=field_currency,
        )

        statistics_sms.additional_properties = d
        return statistics_sms

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
