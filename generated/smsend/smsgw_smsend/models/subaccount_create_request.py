from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubaccountCreateRequest")


@_attrs_define
class SubaccountCreateRequest:
    """A new subaccount (unverified, reconstructed)."""

    login: str
    """ The subaccount's username. """
    password: str = _attrs_field(repr=False)
    """ The subaccount's password, 8 to 16 characters. """
    email: str
    """ The subaccount's email address. """
    name: str | Unset = UNSET
    surname: str | Unset = UNSET
    company_name: str | Unset = UNSET
    address: str | Unset = UNSET
    city: str | Unset = UNSET
    province: str | Unset = UNSET
    zip_code: str | Unset = UNSET
    cell: str | Unset = UNSET
    """ Mobile phone number. """
    phone: str | Unset = UNSET
    fax: str | Unset = UNSET
    fiscal_code: str | Unset = UNSET
    vat_number: str | Unset = UNSET
    pa_code: None | str | Unset = UNSET
    """ Public administration code, if any. """
    credit_eat_mode: int | Unset = UNSET
    """ How the subaccount consumes credits (with 2 the subaccount has its own credits, see `credits` in the
    subaccount data). """
    allowtpoavalidation: bool | Unset = UNSET
    """ Whether the subaccount may validate TPOA aliases. """

    def to_dict(self) -> dict[str, Any]:
        login = self.login

        password = self.password

        email = self.email

        name = self.name

        surname = self.surname

        company_name = self.company_name

        address = self.address

        city = self.city

        province = self.province

        zip_code = self.zip_code

        cell = self.cell

        phone = self.phone

        fax = self.fax

        fiscal_code = self.fiscal_code

        vat_number = self.vat_number

        pa_code: None | str | Unset
        if isinstance(self.pa_code, Unset):
            pa_code = UNSET
        else:
            pa_code = self.pa_code

        credit_eat_mode = self.credit_eat_mode

        allowtpoavalidation = self.allowtpoavalidation

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "login": login,
                "password": password,
                "email": email,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if surname is not UNSET:
            field_dict["surname"] = surname
        if company_name is not UNSET:
            field_dict["company-name"] = company_name
        if address is not UNSET:
            field_dict["address"] = address
        if city is not UNSET:
            field_dict["city"] = city
        if province is not UNSET:
            field_dict["province"] = province
        if zip_code is not UNSET:
            field_dict["zip-code"] = zip_code
        if cell is not UNSET:
            field_dict["cell"] = cell
        if phone is not UNSET:
            field_dict["phone"] = phone
        if fax is not UNSET:
            field_dict["fax"] = fax
        if fiscal_code is not UNSET:
            field_dict["fiscal-code"] = fiscal_code
        if vat_number is not UNSET:
            field_dict["vat-number"] = vat_number
        if pa_code is not UNSET:
            field_dict["pa-code"] = pa_code
        if credit_eat_mode is not UNSET:
            field_dict["credit-eat-mode"] = credit_eat_mode
        if allowtpoavalidation is not UNSET:
            field_dict["allowtpoavalidation"] = allowtpoavalidation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        login = d.pop("login")

        password = d.pop("password")

        email = d.pop("email")

        name = d.pop("name", UNSET)

        surname = d.pop("surname", UNSET)

        company_name = d.pop("company-name", UNSET)

        address = d.pop("address", UNSET)

        city = d.pop("city", UNSET)

        province = d.pop("province", UNSET)

        zip_code = d.pop("zip-code", UNSET)

        cell = d.pop("cell", UNSET)

        phone = d.pop("phone", UNSET)

        fax = d.pop("fax", UNSET)

        fiscal_code = d.pop("fiscal-code", UNSET)

        vat_number = d.pop("vat-number", UNSET)

        def _parse_pa_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pa_code = _parse_pa_code(d.pop("pa-code", UNSET))

        credit_eat_mode = d.pop("credit-eat-mode", UNSET)

        allowtpoavalidation = d.pop("allowtpoavalidation", UNSET)

        subaccount_create_request = cls(
            login=login,
            password=password,
            email=email,
            name=name,
            surname=surname,
            company_name=company_name,
            address=address,
            city=city,
            province=province,
            zip_code=zip_code,
            cell=cell,
            phone=phone,
            fax=fax,
            fiscal_code=fiscal_code,
            vat_number=vat_number,
            pa_code=pa_code,
            credit_eat_mode=credit_eat_mode,
            allowtpoavalidation=allowtpoavalidation,
        )

        return subaccount_create_request
