from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sms_options_tinyurl import SmsOptionsTinyurl, check_sms_options_tinyurl
from ..models.sms_options_translit import SmsOptionsTranslit, check_sms_options_translit
from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsOptions")


@_attrs_define
class SmsOptions:
    """Options of SMS texts."""

    sender: str | Unset = UNSET
    """ Sender name; an empty string or `.` disables the account's default sender. """
    translit: SmsOptionsTranslit | Unset = UNSET
    """ 0 as is; 1 transliterate Cyrillic to Latin; 2 to "mpaHc/Ium" look-alikes. """
    tinyurl: SmsOptionsTinyurl | Unset = UNSET
    """ 1 shortens the links in the text. """
    maxsms: int | Unset = UNSET
    """ Send nothing if the text needs more SMS parts than this. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sender = self.sender

        translit: int | Unset = UNSET
        if not isinstance(self.translit, Unset):
            translit = self.translit

        tinyurl: int | Unset = UNSET
        if not isinstance(self.tinyurl, Unset):
            tinyurl = self.tinyurl

        maxsms = self.maxsms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sender is not UNSET:
            field_dict["sender"] = sender
        if translit is not UNSET:
            field_dict["translit"] = translit
        if tinyurl is not UNSET:
            field_dict["tinyurl"] = tinyurl
        if maxsms is not UNSET:
            field_dict["maxsms"] = maxsms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sender = d.pop("sender", UNSET)

        _translit = d.pop("translit", UNSET)
        translit: SmsOptionsTranslit | Unset
        if isinstance(_translit, Unset):
            translit = UNSET
        else:
            translit = check_sms_options_translit(_translit)

        _tinyurl = d.pop("tinyurl", UNSET)
        tinyurl: SmsOptionsTinyurl | Unset
        if isinstance(_tinyurl, Unset):
            tinyurl = UNSET
        else:
            tinyurl = check_sms_options_tinyurl(_tinyurl)

        maxsms = d.pop("maxsms", UNSET)

        sms_options = cls(
            sender=sender,
            translit=translit,
            tinyurl=tinyurl,
            maxsms=maxsms,
        )

        sms_options.additional_properties = d
        return sms_options

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
