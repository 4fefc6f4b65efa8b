from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.status_detail_all import StatusDetailAll, check_status_detail_all
from ..types import UNSET, Unset

T = TypeVar("T", bound="StatusDetail")


@_attrs_define
class StatusDetail:
    all_: StatusDetailAll | Unset = UNSET
    """ 0 the status; 1 also the message; 2 also country, operator and region. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        all_: int | Unset = UNSET
        if not isinstance(self.all_, Unset):
            all_ = self.all_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if all_ is not UNSET:
            field_dict["all"] = all_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _all_ = d.pop("all", UNSET)
        all_: StatusDetailAll | Unset
        if isinstance(_all_, Unset):
            all_ = UNSET
        else:
            all_ = check_status_detail_all(_all_)

        status_detail = cls(
            all_=all_,
        )

        status_detail.additional_properties = d
        return status_detail

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
