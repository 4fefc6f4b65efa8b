from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.statistics_count import StatisticsCount
    from ..models.statistics_outbound import StatisticsOutbound


T = TypeVar("T", bound="StatisticsSmsDay")


@_attrs_define
class StatisticsSmsDay:
    date: int | str
    """ Unix seconds (UTC); the service sends an integer or a numeric string. """
    outbound: StatisticsOutbound
    inbound: StatisticsCount
    bounced: StatisticsCount
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date: int | str
        date = self.date

        outbound = self.outbound.to_dict()

        inbound = self.inbound.to_dict()

        bounced = self.bounced.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "outbound": outbound,
                "inbound": inbound,
                "bounced": bounced,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.statistics_count import StatisticsCount  # noqa: PLC0415
        from ..models.statistics_outbound import StatisticsOutbound  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_date(data: object) -> int | str:
            return cast(int | str, data)

        date = _parse_date(d.pop("date"))

        outbound = StatisticsOutbound.from_dict(d.pop("outbound"))

        inbound = StatisticsCount.from_dict(d.pop("inbound"))

        bounced = StatisticsCount.from_dict(d.pop("bounced"))

        statistics_sms_day = cls(
            date=date,
            outbound=outbound,
            inbound=inbound,
            bounced=bounced,
        )

        statistics_sms_day.additional_properties = d
        return statistics_sms_day

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
