from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LandingPage")


@_attrs_define
class LandingPage:
    """A published landing page."""

    id_landing: int | Unset = UNSET
    """ The landing page ID, usable as `id_landing` when sending SMS. """
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    long_description: str | Unset = UNSET
    created: int | Unset = UNSET
    """ Creation time (epoch milliseconds). """
    modified: int | Unset = UNSET
    """ Last modification time (epoch milliseconds). """
    html_title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id_landing = self.id_landing

        name = self.name

        description = self.description

        long_description = self.long_description

        created = self.created

        modified = self.modified

        html_title = self.html_title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id_landing is not UNSET:
            field_dict["id_landing"] = id_landing
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if long_description is not UNSET:
            field_dict["long_description"] = long_description
        if created is not UNSET:
            field_dict["created"] = created
        if modified is not UNSET:
            field_dict["modified"] = modified
        if html_title is not UNSET:
            field_dict["html_title"] = html_title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id_landing = d.pop("id_landing", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        long_description = d.pop("long_description", UNSET)

        created = d.pop("created", UNSET)

        modified = d.pop("modified", UNSET)

        html_title = d.pop("html_title", UNSET)

        landing_page = cls(
            id_landing=id_landing,
            name=name,
            description=description,
            long_description=long_description,
            created=created,
            modified=modified,
            html_title=html_title,
        )

        landing_page.additional_properties = d
        return landing_page

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
