from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag import Flag, check_flag
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountSubaccount")


@_attrs_define
class AccountSubaccount:
    """The subaccount an Account answer carries (the authenticated one; on creation, the new main one). Verify
    Account shows `mobile`, `user_id`, `sms_deidentify_message` and `access_smpp` and omits the others'
    `phone_number`, `access_sms` ... `share_campaigns`, `notes`; the required fields are those all show.

    """

    subaccount_id: int
    """ The subaccount's id. """
    api_username: str
    """ The subaccount's API username. """
    email: str
    """ The subaccount's email address. """
    first_name: str
    """ The subaccount user's first name. """
    last_name: str
    """ The subaccount user's last name. """
    api_key: str
    """ The subaccount's API key (the Basic authentication password). """
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
    phone_number: str | Unset = UNSET
    """ The subaccount's phone number (E.164). """
    mobile: str | Unset = UNSET
    """ The subaccount's mobile number (E.164; Verify Account's name for `phone_number`). """
    user_id: int | Unset = UNSET
    """ The account the subaccount belongs to. """
    sms_deidentify_message: Flag | Unset = UNSET
    """ 0 (no) or 1 (yes). """
    access_smpp: Flag | Unset = UNSET
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
    """ Notes about the subaccount. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subaccount_id = self.subaccount_id

        api_username = self.api_username

        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        api_key = self.api_key

        access_users: int = self.access_users

        access_billing: int = self.access_billing

        access_reporting: int = self.access_reporting

        access_contacts: int = self.access_contacts

        access_settings: int = self.access_settings

        phone_number = self.phone_number

        mobile = self.mobile

        user_id = self.user_id

        sms_deidentify_message: int | Unset = UNSET
        if not isinstance(self.sms_deidentify_message, Unset):
            sms_deidentify_message = self.sms_deidentify_message

        access_smpp: int | Unset = UNSET
        if not isinstance(self.access_smpp, Unset):
            access_smpp = self.access_smpp

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
                "subaccount_id": subaccount_id,
                "api_username": api_username,
                "email": email,
                "first_name": first_name,
                "last_name": last_name,
                "api_key": api_key,
                "access_users": access_users,
                "access_billing": access_billing,
                "access_reporting": access_reporting,
                "access_contacts": access_contacts,
                "access_settings": access_settings,
            }
        )
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if sms_deidentify_message is not UNSET:
            field_dict["sms_deidentify_message"] = sms_deidentify_message
        if access_smpp is not UNSET:
            field_dict["access_smpp"] = access_smpp
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
        subaccount_id = d.pop("subaccount_id")

        api_username = d.pop("api_username")

        email = d.pop("email")

        first_name = d.pop("first_name")

        last_name = d.pop("last_name")

        api_key = d.pop("api_key")

        access_users = check_flag(d.pop("access_users"))

        access_billing = check_flag(d.pop("access_billing"))

        access_reporting = check_flag(d.pop("access_reporting"))

        access_contacts = check_flag(d.pop("access_contacts"))

        access_settings = check_flag(d.pop("access_settings"))

        phone_number = d.pop("phone_number", UNSET)

        mobile = d.pop("mobile", UNSET)

        user_id = d.pop("user_id", UNSET)

        _sms_deidentify_message = d.pop("sms_deidentify_message", UNSET)
        sms_deidentify_message: Flag | Unset
        if isinstance(_sms_deidentify_message, Unset):
            sms_deidentify_message = UNSET
        else:
            sms_deidentify_message = check_flag(_sms_deidentify_message)

        _access_smpp = d.pop("access_smpp", UNSET)
        access_smpp: Flag | Unset
        if isinstance(_access_smpp, Unset):
            access_smpp = UNSET
        else:
            access_smpp = check_flag(_access_smpp)

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

        account_subaccount = cls(
            subaccount_id=subaccount_id,
            api_username=api_username,
            email=email,
            first_name=first_name,
            last_name=last_name,
            api_key=api_key,
            access_users=access_users,
            access_billing=access_billing,
            access_reporting=access_reporting,
            access_contacts=access_contacts,
            access_settings=access_settings,
            phone_number=phone_number,
            mobile=mobile,
            user_id=user_id,
            sms_deidentify_message=sms_deidentify_message,
            access_smpp=access_smpp,
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

        account_subaccount.additional_properties = d
        return account_subaccount

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
