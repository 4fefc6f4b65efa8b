from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Subaccount")


@_attrs_define
class Subaccount:
    """A subaccount (hyphenated keys as in the published list sample; the other fields are reconstructed).
    `credits` and `credits-sum` are filled only when `credit-eat-mode` is 2.

    """

    id: int | Unset = UNSET
    """ The subaccount ID. """
    login: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    surname: None | str | Unset = UNSET
    company_name: None | str | Unset = UNSET
    activation_time: None | str | Unset = UNSET
    """ Activation date, `yyyyMMdd`. """
    active: bool | None | Unset = UNSET
    address: None | str | Unset = UNSET
    allowtpoavalidation: bool | None | Unset = UNSET
    cell: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    province: None | str | Unset = UNSET
    zip_code: None | str | Unset = UNSET
    fiscal_code: None | str | Unset = UNSET
    vat_number: None | str | Unset = UNSET
    pa_code: None | str | Unset = UNSET
    credit_eat_mode: int | None | Unset = UNSET
    credits_: Any | Unset = UNSET
    """ The subaccount's credits (filled only when credit-eat-mode is 2; type not documented). """
    credits_sum: Any | Unset = UNSET
    """ The sum of the subaccount's credits (filled only when credit-eat-mode is 2; type not documented). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        login: None | str | Unset
        if isinstance(self.login, Unset):
            login = UNSET
        else:
            login = self.login

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

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

        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        activation_time: None | str | Unset
        if isinstance(self.activation_time, Unset):
            activation_time = UNSET
        else:
            activation_time = self.activation_time

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        allowtpoavalidation: bool | None | Unset
        if isinstance(self.allowtpoavalidation, Unset):
            allowtpoavalidation = UNSET
        else:
            allowtpoavalidation = self.allowtpoavalidation

        cell: None | str | Unset
        if isinstance(self.cell, Unset):
            cell = UNSET
        else:
            cell = self.cell

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

        zip_code: None | str | Unset
        if isinstance(self.zip_code, Unset):
            zip_code = UNSET
        else:
            zip_code = self.zip_code

        fiscal_code: None | str | Unset
        if isinstance(self.fiscal_code, Unset):
            fiscal_code = UNSET
        else:
            fiscal_code = self.fiscal_code

        vat_number: None | str | Unset
        if isinstance(self.vat_number, Unset):
            vat_number = UNSET
        else:
            vat_number = self.vat_number

        pa_code: None | str | Unset
        if isinstance(self.pa_code, Unset):
            pa_code = UNSET
        else:
            pa_code = self.pa_code

        credit_eat_mode: int | None | Unset
        if isinstance(self.credit_eat_mode, Unset):
            credit_eat_mode = UNSET
        else:
            credit_eat_mode = self.credit_eat_mode

        credits_ = self.credits_

        credits_sum = self.credits_sum

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if login is not UNSET:
            field_dict["login"] = login
        if email is not UNSET:
            field_dict["email"] = email
        if name is not UNSET:
            field_dict["name"] = name
        if surname is not UNSET:
            field_dict["surname"] = surname
        if company_name is not UNSET:
            field_dict["company-name"] = company_name
        if activation_time is not UNSET:
            field_dict["activation-time"] = activation_time
        if active is not UNSET:
            field_dict["active"] = active
        if address is not UNSET:
            field_dict["address"] = address
        if allowtpoavalidation is not UNSET:
            field_dict["allowtpoavalidation"] = allowtpoavalidation
        if cell is not UNSET:
            field_dict["cell"] = cell
        if city is not UNSET:
            field_dict["city"] = city
        if province is not UNSET:
            field_dict["province"] = province
        if zip_code is not UNSET:
            field_dict["zip-code"] = zip_code
        if fiscal_code is not UNSET:
            field_dict["fiscal-code"] = fiscal_code
        if vat_number is not UNSET:
            field_dict["vat-number"] = vat_number
        if pa_code is not UNSET:
            field_dict["pa-code"] = pa_code
        if credit_eat_mode is not UNSET:
            field_dict["credit-eat-mode"] = credit_eat_mode
        if credits_ is not UNSET:
            field_dict["credits"] = credits_
        if credits_sum is not UNSET:
            field_dict["credits-sum"] = credits_sum

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_login(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        login = _parse_login(d.pop("login", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

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

        def _parse_company_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_name = _parse_company_name(d.pop("company-name", UNSET))

        def _parse_activation_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        activation_time = _parse_activation_time(d.pop("activation-time", UNSET))

        def _parse_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        def _parse_allowtpoavalidation(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        allowtpoavalidation = _parse_allowtpoavalidation(d.pop("allowtpoavalidation", UNSET))

        def _parse_cell(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cell = _parse_cell(d.pop("cell", UNSET))

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

        def _parse_zip_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        zip_code = _parse_zip_code(d.pop("zip-code", UNSET))

        def _parse_fiscal_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fiscal_code = _parse_fiscal_code(d.pop("fiscal-code", UNSET))

        def _parse_vat_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vat_number = _parse_vat_number(d.pop("vat-number", UNSET))

        def _parse_pa_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pa_code = _parse_pa_code(d.pop("pa-code", UNSET))

        def _parse_credit_eat_mode(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        credit_eat_mode = _parse_credit_eat_mode(d.pop("credit-eat-mode", UNSET))

        credits_ = d.pop("credits", UNSET)

        credits_sum = d.pop("credits-sum", UNSET)

        subaccount = cls(
            id=id,
            login=login,
            email=email,
            name=name,
            surname=surname,
            company_name=company_name,
            activation_time=activation_time,
            active=active,
            address=address,
            allowtpoavalidation=allowtpoavalidation,
            cell=cell,
            city=city,
            province=province,
            zip_code=zip_code,
            fiscal_code=fiscal_code,
            vat_number=vat_number,
            pa_code=pa_code,
            credit_eat_mode=credit_eat_mode,
            credits_=credits_,
            credits_sum=credits_sum,
        )

        subaccount.additional_properties = d
        return subaccount

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
