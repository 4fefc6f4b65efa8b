from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ContactList")


@_attrs_define
class ContactList:
    """A contact list."""

    list_id: int
    """ The list's id. """
    list_name: str
    """ The list's name. """
    list_email_id: str
    """ The list's email id (e.g. `GHPAJCCVGMTD9BLA`). """
    field_contacts_count: int
    """ How many contacts the list holds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_id = self.list_id

        list_name = self.list_name

        list_email_id = self.list_email_id

        field_contacts_count = self.field_contacts_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "list_id": list_id,
                "list_name": list_name,
                "list_email_id": list_email_id,
                "_contacts_count": field_contacts_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        list_id = d.pop("list_id")

        list_name = d.pop("list_name")

        list_email_id = d.pop("list_email_id")

        field_contacts_count = d.pop("_contacts_count")

        contact_list = cls(
            list_id=list_id,
            list_name=list_name,
            list_email_id=list_email_id,
            field_contacts_count=field_contacts_count,
        )

        contact_list.additional_properties = d
        return contact_list

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
