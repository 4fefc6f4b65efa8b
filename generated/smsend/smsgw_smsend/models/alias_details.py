from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.alias_details_contact_type import AliasDetailsContactType, check_alias_details_contact_type

T = TypeVar("T", bound="AliasDetails")


@_attrs_define
class AliasDetails:
    """The data of a new TPOA alias (hyphenated keys, all required)."""

    alias: str
    """ The sender text shown on the SMS. """
    company_name: str
    """ The name of the company the alias belongs to. """
    contact_name: str
    """ The name of the person representing the company. """
    contact_surname: str
    """ The surname of the person representing the company. """
    cod_fiscale: str
    """ The company's fiscal code. """
    vat_number: str
    """ The company's VAT number. """
    contact_address: str
    """ The company's address. """
    contact_city: str
    """ The company's city. """
    contact_pcode: str
    """ The company's ZIP/postal code (CAP). """
    contact_type: AliasDetailsContactType
    """ What kind of contact `contact-info` holds. """
    contact_info: str
    """ The contact value. """

    def to_dict(self) -> dict[str, Any]:
        alias = self.alias

        company_name = self.company_name

        contact_name = self.contact_name

        contact_surname = self.contact_surname

        cod_fiscale = self.cod_fiscale

        vat_number = self.vat_number

        contact_address = self.contact_address

        contact_city = self.contact_city

        contact_pcode = self.contact_pcode

        contact_type: str = self.contact_type

        contact_info = self.contact_info

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "alias": alias,
                "company-name": company_name,
                "contact-name": contact_name,
                "contact-surname": contact_surname,
                "cod-fiscale": cod_fiscale,
                "vat-number": vat_number,
                "contact-address": contact_address,
                "contact-city": contact_city,
                "contact-pcode": contact_pcode,
                "contact-type": contact_type,
                "contact-info": contact_info,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        alias = d.pop("alias")

        company_name = d.pop("company-name")

        contact_name = d.pop("contact-name")

        contact_surname = d.pop("contact-surname")

        cod_fiscale = d.pop("cod-fiscale")

        vat_number = d.pop("vat-number")

        contact_address = d.pop("contact-address")

        contact_city = d.pop("contact-city")

        contact_pcode = d.pop("contact-pcode")

        contact_type = check_alias_details_contact_type(d.pop("contact-type"))

        contact_info = d.pop("contact-info")

        alias_details = cls(
            alias=alias,
            company_name=company_name,
            contact_name=contact_name,
            contact_surname=contact_surname,
            cod_fiscale=cod_fiscale,
            vat_number=vat_number,
            contact_address=contact_address,
            contact_city=contact_city,
            contact_pcode=contact_pcode,
            contact_type=contact_type,
            contact_info=contact_info,
        )

        return alias_details
