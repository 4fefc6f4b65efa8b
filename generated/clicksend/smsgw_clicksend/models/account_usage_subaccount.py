from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AccountUsageSubaccount")


@_attrs_define
class AccountUsageSubaccount:
    """One subaccount's usage of one channel."""

    subaccount_id: int
    """ The subaccount's id. """
    username: str
    """ The subaccount's username. """
    total_count: float | str
    """ A usage count: the service sends a number (`3992`) or a decimal string (`"29.00"`, `"10"`). """
    total_price: float | str
    """ An amount of money; the service sends a number or a decimal string (`"4.998000"`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subaccount_id = self.subaccount_id

        username = self.username

        total_count: float | str
        total_count = self.total_count

        total_price: float | str
        total_price = self.total_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subaccount_id": subaccount_id,
                "username": username,
                "total_count": total_count,
                "total_price": total_price,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subaccount_id = d.pop("subaccount_id")

        username = d.pop("username")

        def _parse_total_count(data: object) -> float | str:
            return cast(float | str, data)

        total_count = _parse_total_count(d.pop("total_count"))

        def _parse_total_price(data: object) -> float | str:
            return cast(float | str, data)

        total_price = _parse_total_price(d.pop("total_price"))

        account_usage_subaccount = cls(
            subaccount_id=subaccount_id,
            username=username,
            total_count=total_count,
            total_price=total_price,
        )

        account_usage_subaccount.additional_properties = d
        return account_usage_subaccount

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
