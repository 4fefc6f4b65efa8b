from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.contact_list_registration_request_gender import (
    ContactListRegistrationRequestGender,
    check_contact_list_registration_request_gender,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactListRegistrationRequest")


@_attrs_define
class ContactListRegistrationRequest:
    """A contact to create and subscribe to an email campaign; `email` is required here."""

    email: str
    """ The email of the contact (a valid address). """
    phone_number: str | Unset = UNSET
    """ International phone number, `+` or `00` followed by country code and number. """
    name: str | Unset = UNSET
    """ The first name of the contact. """
    surname: str | Unset = UNSET
    """ The last name of the contact. """
    gender: ContactListRegistrationRequestGender | Unset = UNSET
    """ The gender of the contact. """
    fax: str | Unset = UNSET
    """ The fax number of the contact. """
    address: str | Unset = UNSET
    """ The address of the contact. """
    city: str | Unset = UNSET
    """ The city of the contact. """
    province: str | Unset = UNSET
    """ The province of the contact. """
    birthdate: str | Unset = UNSET
    """ A date in any of the documented formats: `ddMMyy`, `yyyyMMdd`, `ddMMyyHHmm`, `yyyyMMddHHmmss`,
    `yyyy-MM-dd HH:mm`, `yyyy-MM-dd HH:mm.0`. `yyyyMMddHHmmss` is the canonical one.
     """
    zip_: str | Unset = UNSET
    """ The ZIP code of the contact. """
    group_ids: list[str] | Unset = UNSET
    """ The IDs of the groups the contact is added to. """

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        phone_number = self.phone_number

        name = self.name

        surname = self.surname

        gender: str | Unset = UNSET
        if not isinstance(self.gender, Unset):
            gender = self.gender

        fax = self.fax

        address = self.address

        city = self.city

        province = self.province

        birthdate = self.birthdate

        zip_ = self.zip_

        group_ids: list[str] | Unset = UNSET
        if not isinstance(self.group_ids, Unset):
            group_ids = self.group_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email": email,
            }
        )
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if name is not UNSET:
            field_dict["name"] = name
        if surname is not UNSET:
            field_dict["surname"] = surname
        if gender is not UNSET:
            field_dict["gender"] = gender
        if fax is not UNSET:
            field_dict["fax"] = fax
        if address is not UNSET:
            field_dict["address"] = address
        if city is not UNSET:
            field_dict["city"] = city
        if province is not UNSET:
            field_dict["province"] = province
        if birthdate is not UNSET:
            field_dict["birthdate"] = birthdate
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if group_ids is not UNSET:
            field_dict["groupIds"] = group_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        phone_number = d.pop("phoneNumber", UNSET)

        name = d.pop("name", UNSET)

        surname = d.pop("surname", UNSET)

        _gender = d.pop("gender", UNSET)
        gender: ContactListRegistrationRequestGender | Unset
        if isinstance(_gender, Unset):
            gender = UNSET
        else:
            gender = check_contact_list_registration_request_gender(_gender)

        fax = d.pop("fax", UNSET)

        address = d.pop("address", UNSET)

        city = d.pop("city", UNSET)

        province = d.pop("province", UNSET)

        birthdate = d.pop("birthdate", UNSET)

        zip_ = d.pop("zip", UNSET)

        group_ids = cast(list[str], d.pop("groupIds", UNSET))

        contact_list_registration_request = cls(
            email=email,
            phone_number=phone_number,
            name=name,
            surname=surname,
            gender=gender,
            fax=fax,
            address=address,
            city=city,
            province=province,
            birthdate=birthdate,
            zip_=zip_,
            group_ids=group_ids,
        )

        return contact_list_registration_request
