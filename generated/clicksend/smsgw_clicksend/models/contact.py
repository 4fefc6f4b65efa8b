from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact:
    """A contact of a list. Empty fields come as null (or, for names and custom fields, `""`)."""

    contact_id: int
    """ The contact's id. """
    list_id: int
    """ The list the contact is in. """
    phone_number: None | str
    """ The phone number (E.164); null for a contact with only a fax number or email (the docs never show it null).
    """
    first_name: str
    """ The first name. """
    last_name: str
    """ The last name. """
    custom_1: str
    """ Custom field 1. """
    custom_2: str
    """ Custom field 2. """
    custom_3: str
    """ Custom field 3. """
    custom_4: str
    """ Custom field 4. """
    date_added: int | str
    """ Unix seconds (UTC); the service sends an integer or a numeric string. """
    fax_number: None | str
    """ The fax number (E.164). """
    organization_name: None | str
    """ The organisation name. """
    email: None | str
    """ The email address. """
    address_line_1: None | str
    """ The street address. """
    address_line_2: None | str
    """ The second address line. """
    address_city: None | str
    """ The city. """
    address_state: None | str
    """ The state. """
    address_postal_code: None | str
    """ The postcode. """
    address_country: None | str
    """ The country (two-letter code). """
    field_list_name: str
    """ The name of the list the contact is in. """
    date_updated: int | str | Unset = UNSET
    """ Unix seconds (UTC); the service sends an integer or a numeric string. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_id = self.contact_id

        list_id = self.list_id

        phone_number: None | str
        phone_number = self.phone_number

        first_name = self.first_name

        last_name = self.last_name

        custom_1 = self.custom_1

        custom_2 = self.custom_2

        custom_3 = self.custom_3

        custom_4 = self.custom_4

        date_added: int | str
        date_added = self.date_added

        fax_number: None | str
        fax_number = self.fax_number

        organization_name: None | str
        organization_name = self.organization_name

        email: None | str
        email = self.email

        address_line_1: None | str
        address_line_1 = self.address_line_1

        address_line_2: None | str
        address_line_2 = self.address_line_2

        address_city: None | str
        address_city = self.address_city

        address_state: None | str
        address_state = self.address_state

        address_postal_code: None | str
        address_postal_code = self.address_postal_code

        address_country: None | str
        address_country = self.address_country

        field_list_name = self.field_list_name

        date_updated: int | str | Unset
        if isinstance(self.date_updated, Unset):
            date_updated = UNSET
        else:
            date_updated = self.date_updated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contact_id": contact_id,
                "list_id": list_id,
                "phone_number": phone_number,
                "first_name": first_name,
                "last_name": last_name,
                "custom_1": custom_1,
                "custom_2": custom_2,
                "custom_3": custom_3,
                "custom_4": custom_4,
                "date_added": date_added,
                "fax_number": fax_number,
                "organization_name": organization_name,
                "email": email,
                "address_line_1": address_line_1,
                "address_line_2": address_line_2,
                "address_city": address_city,
                "address_state": address_state,
                "address_postal_code": address_postal_code,
                "address_country": address_country,
                "_list_name": field_list_name,
            }
        )
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        contact_id = d.pop("contact_id")

        list_id = d.pop("list_id")

        def _parse_phone_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone_number = _parse_phone_number(d.pop("phone_number"))

        first_name = d.pop("first_name")

        last_name = d.pop("last_name")

        custom_1 = d.pop("custom_1")

        custom_2 = d.pop("custom_2")

        custom_3 = d.pop("custom_3")

        custom_4 = d.pop("custom_4")

        def _parse_date_added(data: object) -> int | str:
            return cast(int | str, data)

        date_added = _parse_date_added(d.pop("date_added"))

        def _parse_fax_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        fax_number = _parse_fax_number(d.pop("fax_number"))

        def _parse_organization_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        organization_name = _parse_organization_name(d.pop("organization_name"))

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))

        def _parse_address_line_1(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        address_line_1 = _parse_address_line_1(d.pop("address_line_1"))

        def _parse_address_line_2(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        address_line_2 = _parse_address_line_2(d.pop("address_line_2"))

        def _parse_address_city(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        address_city = _parse_address_city(d.pop("address_city"))

        def _parse_address_state(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        address_state = _parse_address_state(d.pop("address_state"))

        def _parse_address_postal_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        address_postal_code = _parse_address_postal_code(d.pop("address_postal_code"))

        def _parse_address_country(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        address_country = _parse_address_country(d.pop("address_country"))

        field_list_name = d.pop("_list_name")

        def _parse_date_updated(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        date_updated = _parse_date_updated(d.pop("date_updated", UNSET))

        contact = cls(
            contact_id=contact_id,
            list_id=list_id,
            phone_number=phone_number,
            first_name=first_name,
            last_name=last_name,
            custom_1=custom_1,
            custom_2=custom_2,
            custom_3=custom_3,
            custom_4=custom_4,
            date_added=date_added,
            fax_number=fax_number,
            organization_name=organization_name,
            email=email,
            address_line_1=address_line_1,
            address_line_2=address_line_2,
            address_city=address_city,
            address_state=address_state,
            address_postal_code=address_postal_code,
            address_country=address_country,
            field_list_name=field_list_name,
            date_updated=date_updated,
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
