from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BalanceReply")


@_attrs_define
class BalanceReply:
    balance: str
    """ A money amount as a decimal string, e.g. `"178.10"`. """
    credit: str | Unset = UNSET
    """ A money amount as a decimal string, e.g. `"178.10"`. """
    currency: str | Unset = UNSET
    """ Currency code (cur=1). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        balance = self.balance

        credit = self.credit

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "balance": balance,
            }
        )
        if credit is not UNSET:
            field_dict["credit"] = credit
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        balance = d.pop("balance")

        credit = d.pop("credit", UNSET)

        currency = d.pop("currency", UNSET)

        balance_reply = cls(
            balance=balance,
            credit=credit,
            currency=currency,
        )

        balance_reply.additional_properties = d
        return balance_reply

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
