from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OperatorInfo")


@_attrs_define
class OperatorInfo:
    """The operator of a phone number (fields known from client code, see `get_operator`)."""

    country: str
    """ Country of the number. """
    operator: str
    """ Operator of the number. """
    region: str
    """ Region of the number. """
    mcc: int
    """ Mobile country code. """
    mnc: int
    """ Mobile network code. """
    tz: int
    """ Time zone of the region, in hours relative to Moscow (our reading). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country = self.country

        operator = self.operator

        region = self.region

        mcc = self.mcc

        mnc = self.mnc

        tz = self.tz

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "country": country,
                "operator": operator,
                "region": region,
                "mcc": mcc,
                "mnc": mnc,
                "tz": tz,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country = d.pop("country")

        operator = d.pop("operator")

        region = d.pop("region")

        mcc = d.pop("mcc")

        mnc = d.pop("mnc")

        tz = d.pop("tz")

        operator_info = cls(
            country=country,
            operator=operator,
            region=region,
            mcc=mcc,
            mnc=mnc,
            tz=tz,
        )

        operator_info.additional_properties = d
        return operator_info

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
