from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subaccount_purchase import SubaccountPurchase


T = TypeVar("T", bound="SubaccountPurchaseList")


@_attrs_define
class SubaccountPurchaseList:
    """A page of a subaccount's purchases (unverified, reconstructed; envelope as `SubaccountList`)."""

    total: int
    purchase: list[SubaccountPurchase]
    result: str | Unset = UNSET
    page_number: int | Unset = UNSET
    page_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        purchase = []
        for purchase_item_data in self.purchase:
            purchase_item = purchase_item_data.to_dict()
            purchase.append(purchase_item)

        result = self.result

        page_number = self.page_number

        page_size = self.page_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "purchase": purchase,
            }
        )
        if result is not UNSET:
            field_dict["result"] = result
        if page_number is not UNSET:
            field_dict["pageNumber"] = page_number
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subaccount_purchase import SubaccountPurchase  # noqa: PLC0415

        d = dict(src_dict)
        total = d.pop("total")

        purchase = []
        _purchase = d.pop("purchase")
        for purchase_item_data in _purchase:
            purchase_item = SubaccountPurchase.from_dict(purchase_item_data)

            purchase.append(purchase_item)

        result = d.pop("result", UNSET)

        page_number = d.pop("pageNumber", UNSET)

        page_size = d.pop("pageSize", UNSET)

        subaccount_purchase_list = cls(
            total=total,
            purchase=purchase,
            result=result,
            page_number=page_number,
            page_size=page_size,
        )

        subaccount_purchase_list.additional_properties = d
        return subaccount_purchase_list

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
