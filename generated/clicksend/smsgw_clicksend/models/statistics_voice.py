from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.currency import Currency
    from ..models.statistics_voice_day import StatisticsVoiceDay
    from ..models.statistics_voice_total import StatisticsVoiceTotal


T = TypeVar("T", bound="StatisticsVoice")


@_attrs_define
class StatisticsVoice:
    total: StatisticsVoiceTotal
    stats: list[StatisticsVoiceDay]
    """ Per day (`date` is the day's start). """
    field_currency: Currency
    """ The account's currency (the `_currency` of price, usage and statistics answers). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total.to_dict()

        stats = []
        for stats_item_data in self.stats:
            stats_item = stats_item_data.to_dict()
            stats.append(stats_item)

        field_currency = self.field_currency.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "stats": stats,
                "_currency": field_currency,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.statistics_voice_day import StatisticsVoiceDay  # noqa: PLC0415
        from ..models.statistics_voice_total import StatisticsVoiceTotal  # noqa: PLC0415

        d = dict(src_dict)
        total = StatisticsVoiceTotal.from_dict(d.pop("total"))

        stats = []
        _stats = d.pop("stats")
        for stats_item_data in _stats:
            stats_item = StatisticsVoiceDay.from_dict(stats_item_data)

            stats.append(stats_item)

        field_currency = Currency.from_dict(d.pop("_currency"))

        statistics_voice = cls(
            total=total,
            stats=stats,
            field_currency=field_currency,
        )

        statistics_voice.additional_properties = d
        return statistics_voice

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
