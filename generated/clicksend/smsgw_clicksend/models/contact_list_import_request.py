from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ContactListImportRequest")


@_attrs_define
class ContactListImportRequest:
    """The file to import and the order of its columns."""

    file_url: str
    """ The URL (http or https) the service fetches the file to import from, e.g. a CSV file (no spaces or line
    breaks). """
    field_order: list[str]
    """ The contact field of each column of the file, in order. The docs' sample names them `phone`,
    `custom1` ... `custom4` where the contact fields are `phone_number`, `custom_1` ...; the spec does
    not restrict the names.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_url = self.file_url

        field_order = self.field_order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file_url": file_url,
                "field_order": field_order,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_url = d.pop("file_url")

        field_order = cast(list[str], d.pop("field_order"))

        contact_list_import_request = cls(
            file_url=file_url,
            field_order=field_order,
        )

        contact_list_import_request.additional_properties = d
        return contact_list_import_request

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
