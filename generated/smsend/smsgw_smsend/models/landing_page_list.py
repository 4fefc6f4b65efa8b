from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.landing_page import LandingPage


T = TypeVar("T", bound="LandingPageList")


@_attrs_define
class LandingPageList:
    """The published landing pages of the user."""

    landings: list[LandingPage] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        landings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.landings, Unset):
            landings = []
            for landings_item_data in self.landings:
                landings_item = landings_item_data.to_dict()
                landings.append(landings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if landings is not UNSET:
            field_dict["landings"] = landings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.landing_page import LandingPage  # noqa: PLC0415

        d = dict(src_dict)
        _landings = d.pop("landings", UNSET)
        landings: list[LandingPage] | Unset = UNSET
        if _landings is not UNSET:
            landings = []
            for landings_item_data in _landings:
                landings_item = LandingPage.from_dict(landings_item_data)

                landings.append(landings_item)

        landing_page_list = cls(
            landings=landings,
        )

        landing_page_list.additional_properties = d
        return landing_page_list

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
