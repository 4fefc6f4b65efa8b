from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.alias_details import AliasDetails


T = TypeVar("T", bound="AliasCreateRequest")


@_attrs_define
class AliasCreateRequest:
    """The create-alias body: the alias data wrapped under the key `alias`."""

    alias: AliasDetails
    """ The data of a new TPOA alias (hyphenated keys, all required). """

    def to_dict(self) -> dict[str, Any]:
        alias = self.alias.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "alias": alias,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alias_details import AliasDetails  # noqa: PLC0415

        d = dict(src_dict)
        alias = AliasDetails.from_dict(d.pop("alias"))

        alias_create_request = cls(
            alias=alias,
        )

        return alias_create_request
