from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubaccountEditRequest")


@_attrs_define
class SubaccountEditRequest:
    """Subaccount fields to change (unverified, reconstructed); fields left out are unchanged."""

    email: str | Unset = UNSET
    name: str | Unset = UNSET
    surname: str | Unset = UNSET
    company_name: str | Unset = UNSET
    address: str | Unset = UNSET
    city: str | Unset = UNSET
    province: str | Unset = UNSET
    zip_code: str | Unset = UNSET
    cell: str | Unset = UNSET
    phone: str | Unset = UNSET
    fax: str | Unset = UNSET
    fiscal_code: str | Unset = UNSET
    vat_number: str | Unset = UNSET
    pa_code: None | str | Unset = UNSET
    credit_eat_mode: int | Unset = UNSET
    allowtpoavalidation: bool | Unset = UNSET
    active: bool | Unset = UNSET
    """ Enables or disables the subaccount. """

    def to_dict(self) -> dict[str, Any]:
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

        active = self.active

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
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
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email", UNSET)

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

        active = d.pop("active", UNSET)

        subaccount_edit_request = cls(
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
            active=active,
        )

        return subaccount_edit_request
