from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact:
    """A contact's details (shape reconstructed; the docs do not show it). All fields optional."""

    id: str | Unset = UNSET
    """ The contact ID. """
    email: None | str | Unset = UNSET
    phone_number: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    surname: None | str | Unset = UNSET
    gender: None | str | Unset = UNSET
    fax: None | str | Unset = UNSET
    address: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    province: None | str | Unset = UNSET
    birthdate: None | str | Unset = UNSET
    promotiondate: None | str | Unset = UNSET
    rememberdate: None | str | Unset = UNSET
    zip_: None | str | Unset = UNSET
    group_ids: list[str] | None | Unset = UNSET
    custom1: None | str | Unset = UNSET
    custom2: None | str | Unset = UNSET
    custom3: None | str | Unset = UNSET
    custom4: None | str | Unset = UNSET
    custom5: None | str | Unset = UNSET
    custom6: None | str | Unset = UNSET
    custom7: None | str | Unset = UNSET
    custom8: None | str | Unset = UNSET
    custom9: None | str | Unset = UNSET
    custom10: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        phone_number: None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        surname: None | str | Unset
        if isinstance(self.surname, Unset):
            surname = UNSET
        else:
            surname = self.surname

        gender: None | str | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        else:
            gender = self.gender

        fax: None | str | Unset
        if isinstance(self.fax, Unset):
            fax = UNSET
        else:
            fax = self.fax

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        province: None | str | Unset
        if isinstance(self.province, Unset):
            province = UNSET
        else:
            province = self.province

        birthdate: None | str | Unset
        if isinstance(self.birthdate, Unset):
            birthdate = UNSET
        else:
            birthdate = self.birthdate

        promotiondate: None | str | Unset
        if isinstance(self.promotiondate, Unset):
            promotiondate = UNSET
        else:
            promotiondate = self.promotiondate

        rememberdate: None | str | Unset
        if isinstance(self.rememberdate, Unset):
            rememberdate = UNSET
        else:
            rememberdate = self.rememberdate

        zip_: None | str | Unset
        if isinstance(self.zip_, Unset):
            zip_ = UNSET
        else:
            zip_ = self.zip_

        group_ids: list[str] | None | Unset
        if isinstance(self.group_ids, Unset):
            group_ids = UNSET
        elif isinstance(self.group_ids, list):
            group_ids = self.group_ids

        else:
            group_ids = self.group_ids

        custom1: None | str | Unset
        if isinstance(self.custom1, Unset):
            custom1 = UNSET
        else:
            custom1 = self.custom1

        custom2: None | str | Unset
        if isinstance(self.custom2, Unset):
            custom2 = UNSET
        else:
            custom2 = self.custom2

        custom3: None | str | Unset
        if isinstance(self.custom3, Unset):
            custom3 = UNSET
        else:
            custom3 = self.custom3

        custom4: None | str | Unset
        if isinstance(self.custom4, Unset):
            custom4 = UNSET
        else:
            custom4 = self.custom4

        custom5: None | str | Unset
        if isinstance(self.custom5, Unset):
            custom5 = UNSET
        else:
            custom5 = self.custom5

        custom6: None | str | Unset
        if isinstance(self.custom6, Unset):
            custom6 = UNSET
        else:
            custom6 = self.custom6

        custom7: None | str | Unset
        if isinstance(self.custom7, Unset):
            custom7 = UNSET
        else:
            custom7 = self.custom7

        custom8: None | str | Unset
        if isinstance(self.custom8, Unset):
            custom8 = UNSET
        else:
            custom8 = self.custom8

        custom9: None | str | Unset
        if isinstance(self.custom9, Unset):
            custom9 = UNSET
        else:
            custom9 = self.custom9

        custom10: None | str | Unset
        if isinstance(self.custom10, Unset):
            custom10 = UNSET
        else:
            custom10 = self.custom10

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
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
        id = d.pop("id", UNSET)

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_phone_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone_number = _parse_phone_number(d.pop("phoneNumber", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_surname(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        surname = _parse_surname(d.pop("surname", UNSET))

        def _parse_gender(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gender = _parse_gender(d.pop("gender", UNSET))

        def _parse_fax(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fax = _parse_fax(d.pop("fax", UNSET))

        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        def _parse_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        city = _parse_city(d.pop("city", UNSET))

        def _parse_province(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        province = _parse_province(d.pop("province", UNSET))

        def _parse_birthdate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        birthdate = _parse_birthdate(d.pop("birthdate", UNSET))

        def _parse_promotiondate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        promotiondate = _parse_promotiondate(d.pop("promotiondate", UNSET))

        def _parse_rememberdate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rememberdate = _parse_rememberdate(d.pop("rememberdate", UNSET))

        def _parse_zip_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        zip_ = _parse_zip_(d.pop("zip", UNSET))

        def _parse_group_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                group_ids_type_0 = cast(list[str], data)

                return group_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        group_ids = _parse_group_ids(d.pop("groupIds", UNSET))

        def _parse_custom1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom1 = _parse_custom1(d.pop("custom1", UNSET))

        def _parse_custom2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom2 = _parse_custom2(d.pop("custom2", UNSET))

        def _parse_custom3(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom3 = _parse_custom3(d.pop("custom3", UNSET))

        def _parse_custom4(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom4 = _parse_custom4(d.pop("custom4", UNSET))

        def _parse_custom5(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom5 = _parse_custom5(d.pop("custom5", UNSET))

        def _parse_custom6(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom6 = _parse_custom6(d.pop("custom6", UNSET))

        def _parse_custom7(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom7 = _parse_custom7(d.pop("custom7", UNSET))

        def _parse_custom8(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom8 = _parse_custom8(d.pop("custom8", UNSET))

        def _parse_custom9(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom9 = _parse_custom9(d.pop("custom9", UNSET))

        def _parse_custom10(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom10 = _parse_custom10(d.pop("custom10", UNSET))

        contact = cls(
            id=id,
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
