from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subaccount_credit import SubaccountCredit


T = TypeVar("T", bound="SubaccountCreditList")


@_attrs_define
class SubaccountCreditList:
    """The credits available to a subaccount (unverified, reconstructed)."""

    result: str | Unset = UNSET
    credits_: list[SubaccountCredit] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result = self.result

        credits_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.credits_, Unset):
            credits_ = []
            for credits_item_data in self.credits_:
                credits_item = credits_item_data.to_dict()
                credits_.append(credits_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if result is not UNSET:
            field_dict["result"] = result
        if credits_ is not UNSET:
            field_dict["credits"] = credits_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subaccount_credit import SubaccountCredit  # noqa: PLC0415

        d = dict(src_dict)
        result = d.pop("result", UNSET)

        _credits_ = d.pop("credits", UNSET)
        credits_: list[SubaccountCredit] | Unset = UNSET
        if _credits_ is not UNSET:
            credits_ = []
            for credits_item_data in _credits_:
                credits_item = SubaccountCredit.from_dict(credits_item_data)

                credits_.append(credits_item)

        subaccount_credit_list = cls(
            result=result,
            credits_=credits_,
        )

        subaccount_credit_list.additional_properties = d
        return subaccount_credit_list

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
