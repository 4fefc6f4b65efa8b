from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AccountCreateRequest")


@_attrs_define
class AccountCreateRequest:
    """A new account's owner and credentials."""

    username: str
    """ The account's username. """
    password: str
    """ The account's password. """
    user_phone: str
    """ The owner's phone number, in E.164 format (the docs' sample sends a national number, `518-481-1001`, with
    `country`). """
    user_email: str
    """ The owner's email address. """
    user_first_name: str
    """ The owner's first name. """
    user_last_name: str
    """ The owner's last name. """
    account_name: str
    """ The account (company) name. """
    country: str
    """ The account's country, a two-letter code (ISO 3166-1 alpha-2), e.g. `US`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        password = self.password

        user_phone = self.user_phone

        user_email = self.user_email

        user_first_name = self.user_first_name

        user_last_name = self.user_last_name

        account_name = self.account_name

        country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "password": password,
                "user_phone": user_phone,
                "user_email": user_email,
                "user_first_name": user_first_name,
                "user_last_name": user_last_name,
                "account_name": account_name,
                "country": country,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username")

        password = d.pop("password")

        user_phone = d.pop("user_phone")

        user_email = d.pop("user_email")

        user_first_name = d.pop("user_first_name")

        user_last_name = d.pop("user_last_name")

        account_name = d.pop("account_name")

        country = d.pop("country")

        account_create_request = cls(
            username=username,
            password=password,
            user_phone=user_phone,
            user_email=user_email,
            user_first_name=user_first_name,
            user_last_name=user_last_name,
            account_name=account_name,
            country=country,
        )

        account_create_request.additional_properties = d
        return account_create_request

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
