from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.blacklist_entry_type import BlacklistEntryType, check_blacklist_entry_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="BlacklistEntry")


@_attrs_define
class BlacklistEntry:
    """A blacklist entry, as listed by `list_blacklist`. In an e-mail blacklist `phone` is named `email`."""

    id: int
    """ Entry id, assigned by the service. """
    type_: BlacklistEntryType
    """ What is blocked: 0 all messages, 1 mass mailings, 2 single messages. """
    phone: str | Unset = UNSET
    """ The blocked phone number. """
    email: str | Unset = UNSET
    """ The blocked e-mail address (e-mail blacklist, instead of `phone`). """
    comment: str | Unset = UNSET
    """ Comment. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: int = self.type_

        phone = self.phone

        email = self.email

        comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if phone is not UNSET:
            field_dict["phone"] = phone
        if email is not UNSET:
            field_dict["email"] = email
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = check_blacklist_entry_type(d.pop("type"))

        phone = d.pop("phone", UNSET)

        email = d.pop("email", UNSET)

        comment = d.pop("comment", UNSET)

        blacklist_entry = cls(
            id=id,
            type_=type_,
            phone=phone,
            email=email,
            comment=comment,
        )

        blacklist_entry.additional_properties = d
        return blacklist_entry

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
