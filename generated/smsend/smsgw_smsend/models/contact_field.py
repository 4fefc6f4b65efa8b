from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactField")


@_attrs_define
class ContactField:
    """A user-defined contact field (shape reconstructed)."""

    id_field: Any | Unset = UNSET
    """ The field's ID (type not documented). """
    placeholder: str | Unset = UNSET
    """ The placeholder used for the field in messages. """
    label: str | Unset = UNSET
    """ The field's label. """
    data_type: str | Unset = UNSET
    """ The field's data type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id_field = self.id_field

        placeholder = self.placeholder

        label = self.label

        data_type = self.data_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id_field is not UNSET:
            field_dict["idField"] = id_field
        if placeholder is not UNSET:
            field_dict["placeholder"] = placeholder
        if label is not UNSET:
            field_dict["label"] = label
        if data_type is not UNSET:
            field_dict["dataType"] = data_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id_field = d.pop("idField", UNSET)

        placeholder = d.pop("placeholder", UNSET)

        label = d.pop("label", UNSET)

        data_type = d.pop("dataType", UNSET)

        contact_field = cls(
            id_field=id_field,
            placeholder=placeholder,
            label=label,
            data_type=data_type,
        )

        contact_field.additional_properties = d
        return contact_field

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
