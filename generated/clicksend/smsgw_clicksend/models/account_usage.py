from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.account_usage_subaccount import AccountUsageSubaccount
    from ..models.account_usage_total import AccountUsageTotal


T = TypeVar("T", bound="AccountUsage")


@_attrs_define
class AccountUsage:
    """One month's usage per channel, grouped by subaccount, and each channel's totals."""

    sms: list[AccountUsageSubaccount]
    voice: list[AccountUsageSubaccount]
    fax: list[AccountUsageSubaccount]
    post: list[AccountUsageSubaccount]
    email: list[AccountUsageSubaccount]
    sms_total: AccountUsageTotal
    """ One channel's total usage. """
    voice_total: AccountUsageTotal
    """ One channel's total usage. """
    fax_total: AccountUsageTotal
    """ One channel's total usage. """
    post_total: AccountUsageTotal
    """ One channel's total usage. """
    email_total: AccountUsageTotal
    """ One channel's total usage. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sms = []
        for sms_item_data in self.sms:
            sms_item = sms_item_data.to_dict()
            sms.append(sms_item)

        voice = []
        for voice_item_data in self.voice:
            voice_item = voice_item_data.to_dict()
            voice.append(voice_item)

        fax = []
        for fax_item_data in self.fax:
            fax_item = fax_item_data.to_dict()
            fax.append(fax_item)

        post = []
        for post_item_data in self.post:
            post_item = post_item_data.to_dict()
            post.append(post_item)

        email = []
        for email_item_data in self.email:
            email_item = email_item_data.to_dict()
            email.append(email_item)

        sms_total = self.sms_total.to_dict()

        voice_total = self.voice_total.to_dict()

        fax_total = self.fax_total.to_dict()

        post_total = self.post_total.to_dict()

        email_total = self.email_total.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sms": sms,
                "voice": voice,
                "fax": fax,
                "post": post,
                "email": email,
                "sms_total": sms_total,
                "voice_total": voice_total,
                "fax_total": fax_total,
                "post_total": post_total,
                "email_total": email_total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_usage_subaccount import AccountUsageSubaccount  # noqa: PLC0415
        from ..models.account_usage_total import AccountUsageTotal  # noqa: PLC0415

        d = dict(src_dict)
        sms = []
        _sms = d.pop("sms")
        for sms_item_data in _sms:
            sms_item = AccountUsageSubaccount.from_dict(sms_item_data)

            sms.append(sms_item)

        voice = []
        _voice = d.pop("voice")
        for voice_item_data in _voice:
            voice_item = AccountUsageSubaccount.from_dict(voice_item_data)

            voice.append(voice_item)

        fax = []
        _fax = d.pop("fax")
        for fax_item_data in _fax:
            fax_item = AccountUsageSubaccount.from_dict(fax_item_data)

            fax.append(fax_item)

        post = []
        _post = d.pop("post")
        for post_item_data in _post:
            post_item = AccountUsageSubaccount.from_dict(post_item_data)

            post.append(post_item)

        email = []
        _email = d.pop("email")
        for email_item_data in _email:
            email_item = AccountUsageSubaccount.from_dict(email_item_data)

            email.append(email_item)

        sms_total = AccountUsageTotal.from_dict(d.pop("sms_total"))

        voice_total = AccountUsageTotal.from_dict(d.pop("voice_total"))

        fax_total = AccountUsageTotal.from_dict(d.pop("fax_total"))

        post_total = AccountUsageTotal.from_dict(d.pop("post_total"))

        email_total = AccountUsageTotal.from_dict(d.pop("email_total"))

        account_usage = cls(
            sms=sms,
            voice=voice,
            fax=fax,
            post=post,
            email=email,
            sms_total=sms_total,
            voice_total=voice_total,
            fax_total=fax_total,
            post_total=post_total,
            email_total=email_total,
        )

        account_usage.additional_properties = d
        return account_usage

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
