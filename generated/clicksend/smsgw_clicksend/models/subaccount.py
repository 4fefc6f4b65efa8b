from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag import Flag, check_flag

T = TypeVar("T", bound="Subaccount")


@_attrs_define
class Subaccount:
    """A subaccount, with its API credentials and permissions."""

    subaccount_id: int
    api_username: str
    email: str
    phone_number: str
    """ The phone number in E.164 format. """
    first_name: str
    last_name: str
    api_key: str
    """ The subaccount's API key (its Basic-auth password). """
    access_users: Flag
    """ 0 (no) or 1 (yes). """
    access_billing: Flag
    """ 0 (no) or 1 (yes). """
    access_reporting: Flag
    """ 0 (no) or 1 (yes). """
    access_contacts: Flag
    """ 0 (no) or 1 (yes). """
    access_settings: Flag
    """ 0 (no) or 1 (yes). """
    access_sms: Flag
    """ 0 (no) or 1 (yes). """
    access_email: Flag
    """ 0 (no) or 1 (yes). """
    access_voice: Flag
    """ 0 (no) or 1 (yes). """
    access_fax: Flag
    """ 0 (no) or 1 (yes). """
    access_post: Flag
    """ 0 (no) or 1 (yes). """
    access_reseller: Flag
    """ 0 (no) or 1 (yes). """
    access_mms: Flag
    """ 0 (no) or 1 (yes). """
    share_campaigns: Flag
    """ 0 (no) or 1 (yes). """
    notes: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subaccount_id = self.subaccount_id

        api_username = self.api_username

        email = self.email

        phone_number = self.phone_number

        first_name = self.first_name

        last_name = self.last_name

        api_key = self.api_key

        access_users: int = self.access_users

        access_billing: int = self.access_billing

        access_reporting: int = self.access_reporting

        access_contacts: int = self.access_contacts

        access_settings: int = self.access_settings

        access_sms: int = self.access_sms

        access_email: int = self.access_email

        access_voice: int = self.access_voice

        access_fax: int = self.access_fax

        access_post: int = self.access_post

        access_reseller: int = self.access_reseller

        access_mms: int = self.access_mms

        share_campaigns: int = self.share_campaigns

        notes: None | str
        notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subaccount_id": subaccount_id,
                "api_username": api_username,
                "email": email,
                "phone_number": phone_number,
                "first_name": first_name,
                "last_name": last_name,
                "api_key": api_key,
                "access_users": access_users,
                "access_billing": access_billing,
                "access_reporting": access_reporting,
                "access_contacts": access_contacts,
                "access_settings": access_settings,
                "access_sms": access_sms,
                "access_email": access_email,
                "access_voice": access_voice,
                "access_fax": access_fax,
                "access_post": access_post,
                "access_reseller": access_reseller,
                "access_mms": access_mms,
                "share_campaigns": share_campaigns,
                "notes": notes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subaccount_id = d.pop("subaccount_id")

        api_username = d.pop("api_username")

        email = d.pop("email")

        phone_number = d.pop("phone_number")

        first_name = d.pop("first_name")

        last_name = d.pop("last_name")

        api_key = d.pop("api_key")

        access_users = check_flag(d.pop("access_users"))

        access_billing = check_flag(d.pop("access_billing"))

        access_reporting = check_flag(d.pop("access_reporting"))

        access_contacts = check_flag(d.pop("access_contacts"))

        access_settings = check_flag(d.pop("access_settings"))

        access_sms = check_flag(d.pop("access_sms"))

        access_email = check_flag(d.pop("access_email"))

        access_voice = check_flag(d.pop("access_voice"))

        access_fax = check_flag(d.pop("access_fax"))

        access_post = check_flag(d.pop("access_post"))

        access_reseller = check_flag(d.pop("access_reseller"))

        access_mms = check_flag(d.pop("access_mms"))

        share_campaigns = check_flag(d.pop("share_campaigns"))

        def _parse_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notes = _parse_notes(d.pop("notes"))

        subaccount = cls(
            subaccount_id=subaccount_id,
            api_username=api_username,
            email=email,
            phone_number=phone_number,
            first_name=first_name,
            last_name=last_name,
            api_key=api_key,
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
