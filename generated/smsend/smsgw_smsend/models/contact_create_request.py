from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.contact_create_request_gender import ContactCreateRequestGender, check_contact_create_request_gender
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactCreateRequest")


@_attrs_define
class ContactCreateRequest:
    """A contact. At least one of `email` and `phoneNumber` must be given (not expressible here; the
    server answers 400 when both are missing).

    """

    email: str | Unset = UNSET
    """ The email of the contact (a valid address). """
    phone_number: str | Unset = UNSET
    """ International phone number, `+` or `00` followed by country code and number. """
    name: str | Unset = UNSET
    """ The first name of the contact. """
    surname: str | Unset = UNSET
    """ The last name of the contact. """
    gender: ContactCreateRequestGender | Unset = UNSET
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
    promotiondate: str | Unset = UNSET
    """ A date in any of the documented formats: `ddMMyy`, `yyyyMMdd`, `ddMMyyHHmm`, `yyyyMMddHHmmss`,
    `yyyy-MM-dd HH:mm`, `yyyy-MM-dd HH:mm.0`. `yyyyMMddHHmmss` is the canonical one.
     """
    rememberdate: str | Unset = UNSET
    """ A date in any of the documented formats: `ddMMyy`, `yyyyMMdd`, `ddMMyyHHmm`, `yyyyMMddHHmmss`,
    `yyyy-MM-dd HH:mm`, `yyyy-MM-dd HH:mm.0`. `yyyyMMddHHmmss` is the canonical one.
     """
    zip_: str | Unset = UNSET
    """ The ZIP code of the contact. """
    group_ids: list[str] | Unset = UNSET
    """ The IDs of the groups the contact is added to. """
    custom1: str | Unset = UNSET
    """ Custom field 1. """
    custom2: str | Unset = UNSET
    """ Custom field 2. """
    custom3: str | Unset = UNSET
    """ Custom field 3. """
    custom4: str | Unset = UNSET
    """ Custom field 4. """
    custom5: str | Unset = UNSET
    """ Custom field 5. """
    custom6: str | Unset = UNSET
    """ Custom field 6. """
    custom7: str | Unset = UNSET
    """ Custom field 7. """
    custom8: str | Unset = UNSET
    """ Custom field 8. """
    custom9: str | Unset = UNSET
    """ Custom field 9. """
    custom10: str | Unset = UNSET
    """ Custom field 10. """

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

        promotiondate = self.promotiondate

        rememberdate = self.rememberdate

        zip_ = self.zip_

        group_ids: list[str] | Unset = UNSET
        if not isinstance(self.group_ids, Unset):
            group_ids = self.group_ids

        custom1 = self.custom1

        custom2 = self.custom2

        custom3 = self.custom3

        custom4 = self.custom4

        custom5 = self.custom5

        custom6 = self.custom6

        custom7 = self.custom7

        custom8 = self.custom8

        custom9 = self.custom9

        custom10 = self.custom10

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
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
        if promotiondate is not UNSET:
            field_dict["promotiondate"] = promotiondate
        if rememberdate is not UNSET:
            field_dict["rememberdate"] = rememberdate
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if group_ids is not UNSET:
            field_dict["groupIds"] = group_ids
        if custom1 is not UNSET:
            field_dict["custom1"] = custom1
        if custom2 is not UNSET:
            field_dict["custom2"] = custom2
        if custom3 is not UNSET:
            field_dict["custom3"] = custom3
        if custom4 is not UNSET:
            field_dict["custom4"] = custom4
        if custom5 is not UNSET:
            field_dict["custom5"] = custom5
        if custom6 is not UNSET:
            field_dict["custom6"] = custom6
        if custom7 is not UNSET:
            field_dict["custom7"] = custom7
        if custom8 is not UNSET:
            field_dict["custom8"] = custom8
        if custom9 is not UNSET:
            field_dict["custom9"] = custom9
        if custom10 is not UNSET:
            field_dict["custom10"] = custom10

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email", UNSET)

        phone_number = d.pop("phoneNumber", UNSET)

        name = d.pop("name", UNSET)

        surname = d.pop("surname", UNSET)

        _gender = d.pop("gender", UNSET)
        gender: ContactCreateRequestGender | Unset
        if isinstance(_gender, Unset):
            gender = UNSET
        else:
            gender = check_contact_create_request_gender(_gender)

        fax = d.pop("fax", UNSET)

        address = d.pop("address", UNSET)

        city = d.pop("city", UNSET)

        province = d.pop("province", UNSET)

        birthdate = d.pop("birthdate", UNSET)

        promotiondate = d.pop("promotiondate", UNSET)

        rememberdate = d.pop("rememberdate", UNSET)

        zip_ = d.pop("zip", UNSET)

        group_ids = cast(list[str], d.pop("groupIds", UNSET))

        custom1 = d.pop("custom1", UNSET)

        custom2 = d.pop("custom2", UNSET)

        custom3 = d.pop("custom3", UNSET)

        custom4 = d.pop("custom4", UNSET)

        custom5 = d.pop("custom5", UNSET)

        custom6 = d.pop("custom6", UNSET)

        custom7 = d.pop("custom7", UNSET)

        custom8 = d.pop("custom8", UNSET)

        custom9 = d.pop("custom9", UNSET)

        custom10 = d.pop("custom10", UNSET)

        contact_create_request = cls(
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
            promotiondate=promotiondate,
            rememberdate=rememberdate,
            zip_=zip_,
            group_ids=group_ids,
            custom1=custom1,
            custom2=custom2,
            custom3=custom3,
            custom4=custom4,
            custom5=custom5,
            custom6=custom6,
            custom7=custom7,
            custom8=custom8,
            custom9=custom9,
            custom10=custom10,
        )

        return contact_create_request
