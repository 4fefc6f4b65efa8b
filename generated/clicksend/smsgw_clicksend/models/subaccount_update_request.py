from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag import Flag, check_flag
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubaccountUpdateRequest")


@_attrs_define
class SubaccountUpdateRequest:
    """The new values of a subaccount."""

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
    api_username: str | Unset = UNSET
    """ Your new api username. """
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
    access_sms: Flag | Unset = UNSET
    """ 0 (no) or 1 (yes). """
    access_email: Flag | Unset = UNSET
    """ 0 (no) or 1 (yes). """
    access_voice: Flag | Unset = UNSET
    """ 0 (no) or 1 (yes). """
    access_fax: Flag | Unset = UNSET
    """ 0 (no) or 1 (yes). """
    access_post: Flag | Unset = UNSET
    """ 0 (no) or 1 (yes). """
    access_reseller: Flag | Unset = UNSET
    """ 0 (no) or 1 (yes). """
    access_mms: Flag | Unset = UNSET
    """ 0 (no) or 1 (yes). """
    share_campaigns: Flag | Unset = UNSET
    """ 0 (no) or 1 (yes). """
    notes: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        password = self.password

        email = self.email

        phone_number = self.phone_number

        first_name = self.first_name

        last_name = self.last_name

        api_username = self.api_username

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

        access_sms: int | Unset = UNSET
        if not isinstance(self.access_sms, Unset):
            access_sms = self.access_sms

        access_email: int | Unset = UNSET
        if not isinstance(self.access_email, Unset):
            access_email = self.access_email

        access_voice: int | Unset = UNSET
        if not isinstance(self.access_voice, Unset):
            access_voice = self.access_voice

        access_fax: int | Unset = UNSET
        if not isinstance(self.access_fax, Unset):
            access_fax = self.access_fax

        access_post: int | Unset = UNSET
        if not isinstance(self.access_post, Unset):
            access_post = self.access_post

        access_reseller: int | Unset = UNSET
        if not isinstance(self.access_reseller, Unset):
            access_reseller = self.access_reseller

        access_mms: int | Unset = UNSET
        if not isinstance(self.access_mms, Unset):
            access_mms = self.access_mms

        share_campaigns: int | Unset = UNSET
        if not isinstance(self.share_campaigns, Unset):
            share_campaigns = self.share_campaigns

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "password": password,
                "email": email,
                "phone_number": phone_number,
                "first_name": first_name,
                "last_name": last_name,
            }
        )
        if api_username is not UNSET:
            field_dict["api_username"] = api_username
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
        if access_sms is not UNSET:
            field_dict["access_sms"] = access_sms
        if access_email is not UNSET:
            field_dict["access_email"] = access_email
        if access_voice is not UNSET:
            field_dict["access_voice"] = access_voice
        if access_fax is not UNSET:
            field_dict["access_fax"] = access_fax
        if access_post is not UNSET:
            field_dict["access_post"] = access_post
        if access_reseller is not UNSET:
            field_dict["access_reseller"] = access_reseller
        if access_mms is not UNSET:
            field_dict["access_mms"] = access_mms
        if share_campaigns is not UNSET:
            field_dict["share_campaigns"] = share_campaigns
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        password = d.pop("password")

        email = d.pop("email")

        phone_number = d.pop("phone_number")

        first_name = d.pop("first_name")

        last_name = d.pop("last_name")

        api_username = d.pop("api_username", UNSET)

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

        _access_sms = d.pop("access_sms", UNSET)
        access_sms: Flag | Unset
        if isinstance(_access_sms, Unset):
            access_sms = UNSET
        else:
            access_sms = check_flag(_access_sms)

        _access_email = d.pop("access_email", UNSET)
        access_email: Flag | Unset
        if isinstance(_access_email, Unset):
            access_email = UNSET
        else:
            access_email = check_flag(_access_email)

        _access_voice = d.pop("access_voice", UNSET)
        access_voice: Flag | Unset
        if isinstance(_access_voice, Unset):
            access_voice = UNSET
        else:
            access_voice = check_flag(_access_voice)

        _access_fax = d.pop("access_fax", UNSET)
        access_fax: Flag | Unset
        if isinstance(_access_fax, Unset):
            access_fax = UNSET
        else:
            access_fax = check_flag(_access_fax)

        _access_post = d.pop("access_post", UNSET)
        access_post: Flag | Unset
        if isinstance(_access_post, Unset):
            access_post = UNSET
        else:
            access_post = check_flag(_access_post)

        _access_reseller = d.pop("access_reseller", UNSET)
        access_reseller: Flag | Unset
        if isinstance(_access_reseller, Unset):
            access_reseller = UNSET
        else:
            access_reseller = check_flag(_access_reseller)

        _access_mms = d.pop("access_mms", UNSET)
        access_mms: Flag | Unset
        if isinstance(_access_mms, Unset):
            access_mms = UNSET
        else:
            access_mms = check_flag(_access_mms)

        _share_campaigns = d.pop("share_campaigns", UNSET)
        share_campaigns: Flag | Unset
        if isinstance(_share_campaigns, Unset):
            share_campaigns = UNSET
        else:
            share_campaigns = check_flag(_share_campaigns)

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        subaccount_update_request = cls(
            password=password,
            email=email,
            phone_number=phone_number,
            first_name=first_name,
            last_name=last_name,
            api_username=api_username,
            access_users=access_users,
            access_billing=access_billing,
            access_reporting=access_reporting,
            access_contacts=access_contacts,
            access_settings=access_settings,
            access_sms=access_sms,
            access_email=access_email,
            access_voice=access_voice,
            access_fax=access_fax,
            access_post=access_post,
            access_reseller=access_reseller,
            access_mms=access_mms,
            share_campaigns=share_campaigns,
            notes=notes,
        )

        subaccount_update_request.additional_properties = d
        return subaccount_update_request

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
