from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_list_search_result_type import ContactListSearchResultType, check_contact_list_search_result_type

T = TypeVar("T", bound="ContactListSearchResult")


@_attrs_define
class ContactListSearchResult:
    """A contact or a contact list matching the search."""

    id: int
    """ The contact's or the list's id. """
    name: str
    """ The contact's or the list's name. """
    contact: str
    """ A contact's phone number, or a list's `list_email_id`. """
    type_: ContactListSearchResultType
    """ What was found. """
    contacts_count: int | None
    """ A list's number of contacts; null for a contact. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        contact = self.contact

        type_: str = self.type_

        contacts_count: int | None
        contacts_count = self.contacts_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "contact": contact,
                "type": type_,
                "contacts_count": contacts_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        contact = d.pop("contact")

        type_ = check_contact_list_search_result_type(d.pop("type"))

        def _parse_contacts_count(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        contacts_count = _parse_contacts_count(d.pop("contacts_count"))

        contact_list_search_result = cls(
            id=id,
            name=name,
            contact=contact,
            type_=type_,
            contacts_count=contacts_count,
        )

        contact_list_search_result.additional_properties = d
        return contact_list_search_result

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
