from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GlobalSendingCountrySelection")


@_attrs_define
class GlobalSendingCountrySelection:
    """Countries, by their ids from List Countries (`GET /country-list`)."""

    country_list_ids: list[int]
    """ The country ids (the docs type the field "number"; the samples send an array of integers). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country_list_ids = self.country_list_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "country_list_ids": country_list_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country_list_ids = cast(list[int], d.pop("country_list_ids"))

        global_sending_country_selection = cls(
            country_list_ids=country_list_ids,
        )

        global_sending_country_selection.additional_properties = d
        return global_sending_country_selection

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
