from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="GroupRequest")


@_attrs_define
class GroupRequest:
    """Name and description of a contacts group (create and modify)."""

    name: str
    """ The name of the group. """
    description: str
    """ The description of the group. """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "description": description,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description")

        group_request = cls(
            name=name,
            description=description,
        )

        return group_request
