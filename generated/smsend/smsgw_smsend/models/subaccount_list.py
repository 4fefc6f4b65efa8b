from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subaccount import Subaccount


T = TypeVar("T", bound="SubaccountList")


@_attrs_define
class SubaccountList:
    """A page of subaccounts, as in the published sample."""

    total: int
    subaccount: list[Subaccount]
    result: str | Unset = UNSET
    """ "OK" on success. """
    page_number: int | Unset = UNSET
    page_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        subaccount = []
        for subaccount_item_data in self.subaccount:
            subaccount_item = subaccount_item_data.to_dict()
            subaccount.append(subaccount_item)

        result = self.result

        page_number = self.page_number

        page_size = self.page_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "subaccount": subaccount,
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
        from ..models.subaccount import Subaccount  # noqa: PLC0415

        d = dict(src_dict)
        total = d.pop("total")

        subaccount = []
        _subaccount = d.pop("subaccount")
        for subaccount_item_data in _subaccount:
            subaccount_item = Subaccount.from_dict(subaccount_item_data)

            subaccount.append(subaccount_item)

        result = d.pop("result", UNSET)

        page_number = d.pop("pageNumber", UNSET)

        page_size = d.pop("pageSize", UNSET)

        subaccount_list = cls(
            total=total,
            subaccount=subaccount,
            result=result,
            page_number=page_number,
            page_size=page_size,
        )

        subaccount_list.additional_properties = d
        return subaccount_list

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
