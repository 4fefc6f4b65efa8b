from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Message")


@_attrs_define
class Message:
    id: int
    realm_id: int
    total_parts: int
    """ Number of SMS parts the text needs. """
    name: str
    message_text: str
    created_date: str
    """ US medium date and time without zone, e.g. `Mar 22, 2018 4:05:11 PM`. """
    updated_date: str
    """ US medium date and time without zone, e.g. `Mar 22, 2018 4:05:11 PM`. """
    label: str | Unset = UNSET
    """ Comma-separated label names (when the message has labels). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        realm_id = self.realm_id

        total_parts = self.total_parts

        name = self.name

        message_text = self.message_text

        created_date = self.created_date

        updated_date = self.updated_date

        label = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "realmId": realm_id,
                "totalParts": total_parts,
                "name": name,
                "messageText": message_text,
                "createdDate": created_date,
                "updatedDate": updated_date,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        realm_id = d.pop("realmId")

        total_parts = d.pop("totalParts")

        name = d.pop("name")

        message_text = d.pop("messageText")

        created_date = d.pop("createdDate")

        updated_date = d.pop("updatedDate")

        label = d.pop("label", UNSET)

        message = cls(
            id=id,
            realm_id=realm_id,
            total_parts=total_parts,
            name=name,
            message_text=message_text,
            created_date=created_date,
            updated_date=updated_date,
            label=label,
        )

        message.additional_properties = d
        return message

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
