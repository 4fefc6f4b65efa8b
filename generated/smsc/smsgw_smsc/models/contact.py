from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact:
    """A contact, as listed by `list_contacts`. For e-mail contacts `phone` and `phone_other` are named `mail`
    and `mail_other`.

    """

    phone: str | Unset = UNSET
    """ The contact's phone number (documented as possibly several numbers). """
    mail: str | Unset = UNSET
    """ The contact's e-mail address (e-mail contacts, instead of `phone`). """
    name: str | Unset = UNSET
    """ Contact name. """
    group: str | Unset = UNSET
    """ Ids of the contact's groups, comma separated (`;` in fmt 0 and 1). """
    first_name: str | Unset = UNSET
    """ First name. """
    last_name: str | Unset = UNSET
    """ Last name (surname). """
    middle_name: str | Unset = UNSET
    """ Middle name (patronymic). """
    birthday: str | Unset = UNSET
    """ Birthday, `dd.mm.yyyy` (empty when not set). """
    id: str | Unset = UNSET
    """ The id you gave the contact (`myid`). """
    comments: str | Unset = UNSET
    """ Comment. """
    tags: str | Unset = UNSET
    """ Tags (labels). """
    phone_other: str | Unset = UNSET
    """ Other phone numbers of the contact (never messaged). """
    mail_other: str | Unset = UNSET
    """ Other e-mail addresses (e-mail contacts, instead of `phone_other`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone = self.phone

        mail = self.mail

        name = self.name

        group = self.group

        first_name = self.first_name

        last_name = self.last_name

        middle_name = self.middle_name

        birthday = self.birthday

        id = self.id

        comments = self.comments

        tags = self.tags

        phone_other = self.phone_other

        mail_other = self.mail_other

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phone is not UNSET:
            field_dict["phone"] = phone
        if mail is not UNSET:
            field_dict["mail"] = mail
        if name is not UNSET:
            field_dict["name"] = name
        if group is not UNSET:
            field_dict["group"] = group
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if middle_name is not UNSET:
            field_dict["middle_name"] = middle_name
        if birthday is not UNSET:
            field_dict["birthday"] = birthday
        if id is not UNSET:
            field_dict["id"] = id
        if comments is not UNSET:
            field_dict["comments"] = comments
        if tags is not UNSET:
            field_dict["tags"] = tags
        if phone_other is not UNSET:
            field_dict["phone_other"] = phone_other
        if mail_other is not UNSET:
            field_dict["mail_other"] = mail_other

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone = d.pop("phone", UNSET)

        mail = d.pop("mail", UNSET)

        name = d.pop("name", UNSET)

        group = d.pop("group", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        middle_name = d.pop("middle_name", UNSET)

        birthday = d.pop("birthday", UNSET)

        id = d.pop("id", UNSET)

        comments = d.pop("comments", UNSET)

        tags = d.pop("tags", UNSET)

        phone_other = d.pop("phone_other", UNSET)

        mail_other = d.pop("mail_other", UNSET)

        contact = cls(
            phone=phone,
            mail=mail,
            name=name,
            group=group,
            first_name=first_name,
            last_name=last_name,
            middle_name=middle_name,
            birthday=birthday,
            id=id,
            comments=comments,
            tags=tags,
            phone_other=phone_other,
            mail_other=mail_other,
        )

        contact.additional_properties = d
        return contact

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
