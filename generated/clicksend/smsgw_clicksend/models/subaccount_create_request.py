from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag import Flag, check_flag
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubaccountCreateRequest")


@_attrs_define
class SubaccountCreateRequest:
    """A new subaccount."""

    api_username: str
    """ Your new api username. """
    password: str
    """ Your new password. """
    email: str
    """ Your new email. """
    phone_number: str
    """ Your phone number in E.164 format. """
    first_name: str
    """ Your first name. """
    last_name: str
    """ Your last name. """
    access_users: Flag | Unset = UNSET
    """ 0 (no) or 1 (yes). """
    access_billing: Flag | Unset = UNSET
    """ 0 (no) or 1 (yes). """
    access_reporting: Flag | Unset = UNSET
    """ 0 (no) or 1 (yes). """
    access_contacts: Flag | Unset = UNSET
    """ 0 (no) or 1 (yes). """
    access_settings: Flag | Unset = UNSET
    """ 0 (no) or 1 (yes). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_username = self.api_username

        password = self.password

        email = self.email

        phone_number = self.phone_number

        first_name = self.first_name

        last_name = self.last_name

        access_users: int | Unset = UNSET
        if not isinstance(self.access_users, Unset):
            access_users = self.access_users

        access_billing: int | Unset = UNSET
        if not isinstance(self.access_billing, Unset):
            access_billing = self.access_billing

        access_reporting: int | Unset = UNSET
        if not isinstance(self.access_reporting, Unset):
            access_reporting = self.access_reporting

        access_contacts: int | Unset = UNSET
        if not isinstance(self.access_contacts, Unset):
            access_contacts = self.access_contacts

        access_settings: int | Unset = UNSET
        if not isinstance(self.access_settings, Unset):
            access_settings = self.access_settings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_username": api_username,
                "password": password,
                "email": email,
                "phone_number": phone_number,
                "first_name": first_name,
                "last_name": last_name,
            }
        )
        if access_users is not UNSET:
            field_dict["access_users"] = access_users
        if access_billing is not UNSET:
            field_dict["access_billing"] = access_billing
        if access_reporting is not UNSET:
            field_dict["access_reporting"] = access_reporting
        if access_contacts is not UNSET:
            field_dict["access_contacts"] = access_contacts
        if access_settings is not UNSET:
            field_dict["access_settings"] = access_settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_username = d.pop("api_username")

        password = d.pop("password")

        email = d.pop("email")

        phone_number = d.pop("phone_number")

        first_name = d.pop("first_name")

        last_name = d.pop("last_name")

        _access_users = d.pop("access_users", UNSET)
        access_users: Flag | Unset
        if isinstance(_access_users, Unset):
            access_users = UNSET
        else:
            access_users = check_flag(_access_users)

        _access_billing = d.pop("access_billing", UNSET)
        access_billing: Flag | Unset
        if isinstance(_access_billing, Unset):
            access_billing = UNSET
        else:
            access_billing = check_flag(_access_billing)

        _access_reporting = d.pop("access_reporting", UNSET)
        access_reporting: Flag | Unset
        if isinstance(_access_reporting, Unset):
            access_reporting = UNSET
        else:
            access_reporting = check_flag(_access_reporting)

        _access_contacts = d.pop("access_contacts", UNSET)
        access_contacts: Flag | Unset
        if isinstance(_access_contacts, Unset):
            access_contacts = UNSET
        else:
            access_contacts = check_flag(_access_contacts)

        _access_settings = d.pop("access_settings", UNSET)
        access_settings: Flag | Unset
        if isinstance(_access_settings, Unset):
            access_settings = UNSET
        else:
            access_settings = check_flag(_access_settings)

        subaccount_create_request = cls(
            api_username=api_username,
            password=password,
            email=email,
            phone_number=phone_number,
            first_name=first_name,
            last_name=last_name,
            access_users=access_users,
            access_billing=access_billing,
            access_reporting=access_reporting,
            access_contacts=access_contacts,
            access_settings=access_settings,
        )

        subaccount_create_request.additional_properties = d
        return subaccount_create_request

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
