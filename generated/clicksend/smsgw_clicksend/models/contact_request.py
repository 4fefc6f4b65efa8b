from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactRequest")


@_attrs_define
class ContactRequest:
    """A contact's fields, to create or update it. At least one of `phone_number`, `fax_number` and `email`
    must be given (the `anyOf` of required sets); every other field is optional.

    """

    phone_number: str | Unset = UNSET
    """ The phone number, in E.164 format (e.g. `+16783270696`). """
    email: str | Unset = UNSET
    """ The email address. """
    fax_number: str | Unset = UNSET
    """ The fax number (E.164). """
    first_name: str | Unset = UNSET
    """ The first name. """
    last_name: str | Unset = UNSET
    """ The last name. """
    organization_name: str | Unset = UNSET
    """ The organisation name. """
    address_line_1: str | Unset = UNSET
    """ The street address. """
    address_line_2: str | Unset = UNSET
    """ The second address line. """
    address_city: str | Unset = UNSET
    """ The city. """
    address_state: str | Unset = UNSET
    """ The state. """
    address_postal_code: str | Unset = UNSET
    """ The postcode. """
    address_country: str | Unset = UNSET
    """ The country (two-letter code, e.g. `US`). """
    custom_1: str | Unset = UNSET
    """ Custom field 1. """
    custom_2: str | Unset = UNSET
    """ Custom field 2. """
    custom_3: str | Unset = UNSET
    """ Custom field 3. """
    custom_4: str | Unset = UNSET
    """ Custom field 4. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        email = self.email

        fax_number = self.fax_number

        first_name = self.first_name

        last_name = self.last_name

        organization_name = self.organization_name

        address_line_1 = self.address_line_1

        address_line_2 = self.address_line_2

        address_city = self.address_city

        address_state = self.address_state

        address_postal_code = self.address_postal_code

        address_country = self.address_country

        custom_1 = self.custom_1

        custom_2 = self.custom_2

        custom_3 = self.custom_3

        custom_4 = self.custom_4

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if email is not UNSET:
            field_dict["email"] = email
        if fax_number is not UNSET:
            field_dict["fax_number"] = fax_number
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if organization_name is not UNSET:
            field_dict["organization_name"] = organization_name
        if address_line_1 is not UNSET:
            field_dict["address_line_1"] = address_line_1
        if address_line_2 is not UNSET:
            field_dict["address_line_2"] = address_line_2
        if address_city is not UNSET:
            field_dict["address_city"] = address_city
        if address_state is not UNSET:
            field_dict["address_state"] = address_state
        if address_postal_code is not UNSET:
            field_dict["address_postal_code"] = address_postal_code
        if address_country is not UNSET:
            field_dict["address_country"] = address_country
        if custom_1 is not UNSET:
            field_dict["custom_1"] = custom_1
        if custom_2 is not UNSET:
            field_dict["custom_2"] = custom_2
        if custom_3 is not UNSET:
            field_dict["custom_3"] = custom_3
        if custom_4 is not UNSET:
            field_dict["custom_4"] = custom_4

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_number = d.pop("phone_number", UNSET)

        email = d.pop("email", UNSET)

        fax_number = d.pop("fax_number", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        organization_name = d.pop("organization_name", UNSET)

        address_line_1 = d.pop("address_line_1", UNSET)

        address_line_2 = d.pop("address_line_2", UNSET)

        address_city = d.pop("address_city", UNSET)

        address_state = d.pop("address_state", UNSET)

        address_postal_code = d.pop("address_postal_code", UNSET)

        address_country = d.pop("address_country", UNSET)

        custom_1 = d.pop("custom_1", UNSET)

        custom_2 = d.pop("custom_2", UNSET)

        custom_3 = d.pop("custom_3", UNSET)

        custom_4 = d.pop("custom_4", UNSET)

        contact_request = cls(
            phone_number=phone_number,
            email=email,
            fax_number=fax_number,
            first_name=first_name,
            last_name=last_name,
            organization_name=organization_name,
            address_line_1=address_line_1,
            address_line_2=address_line_2,
            address_city=address_city,
            address_state=address_state,
            address_postal_code=address_postal_code,
            address_country=address_country,
            custom_1=custom_1,
            custom_2=custom_2,
            custom_3=custom_3,
            custom_4=custom_4,
        )

        contact_request.additional_properties = d
        return contact_request

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
