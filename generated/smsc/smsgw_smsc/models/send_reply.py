from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendReply")


@_attrs_define
class SendReply:
    id: int
    """ Message id (yours, or assigned by the service). """
    cnt: int
    """ SMS parts times recipients (seconds of call time for voice calls). """
    cost: str | Unset = UNSET
    """ A money amount as a decimal string, e.g. `"178.10"`. """
    balance: str | Unset = UNSET
    """ A money amount as a decimal string, e.g. `"178.10"`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        cnt = self.cnt

        cost = self.cost

        balance = self.balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "cnt": cnt,
            }
        )
        if cost is not UNSET:
            field_dict["cost"] = cost
        if balance is not UNSET:
            field_dict["balance"] = balance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        cnt = d.pop("cnt")

        cost = d.pop("cost", UNSET)

        balance = d.pop("balance", UNSET)

        send_reply = cls(
            id=id,
            cnt=cnt,
            cost=cost,
            balance=balance,
        )

        send_reply.additional_properties = d
        return send_reply

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
