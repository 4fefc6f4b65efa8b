from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.add_to_blacklist_form_add_black import AddToBlacklistFormAddBlack, check_add_to_blacklist_form_add_black
from ..models.add_to_blacklist_form_type import AddToBlacklistFormType, check_add_to_blacklist_form_type
from ..models.reply_options_charset import ReplyOptionsCharset, check_reply_options_charset
from ..models.reply_options_fmt import ReplyOptionsFmt, check_reply_options_fmt
from ..types import UNSET, Unset

T = TypeVar("T", bound="AddToBlacklistForm")


@_attrs_define
class AddToBlacklistForm:
    phone: str
    """ The blocked number, in international format (`+` optional). """
    add_black: AddToBlacklistFormAddBlack = 1
    """ Selects "add to the blacklist". """
    fmt: ReplyOptionsFmt | Unset = UNSET
    """ Reply format: 0 plain string (the default), 1 comma-separated, 2 XML, 3 JSON. """
    charset: ReplyOptionsCharset | Unset = UNSET
    """ Encoding of the request text and of the reply; `windows-1251` when absent. """
    type_: AddToBlacklistFormType | Unset = UNSET
    """ What to block: 0 all messages, 1 mass mailings, 2 single messages. """
    cmt: str | Unset = UNSET
    """ Comment on the entry (one line). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        add_black: int = self.add_black

        phone = self.phone

        fmt: int | Unset = UNSET
        if not isinstance(self.fmt, Unset):
            fmt = self.fmt

        charset: str | Unset = UNSET
        if not isinstance(self.charset, Unset):
            charset = self.charset

        type_: int | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        cmt = self.cmt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "add_black": add_black,
                "phone": phone,
            }
        )
        if fmt is not UNSET:
            field_dict["fmt"] = fmt
        if charset is not UNSET:
            field_dict["charset"] = charset
        if type_ is not UNSET:
            field_dict["type"] = type_
        if cmt is not UNSET:
            field_dict["cmt"] = cmt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        add_black = check_add_to_blacklist_form_add_black(d.pop("add_black"))

        phone = d.pop("phone")

        _fmt = d.pop("fmt", UNSET)
        fmt: ReplyOptionsFmt | Unset
        if isinstance(_fmt, Unset):
            fmt = UNSET
        else:
            fmt = check_reply_options_fmt(_fmt)

        _charset = d.pop("charset", UNSET)
        charset: ReplyOptionsCharset | Unset
        if isinstance(_charset, Unset):
            charset = UNSET
        else:
            charset = check_reply_options_charset(_charset)

        _type_ = d.pop("type", UNSET)
        type_: AddToBlacklistFormType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_add_to_blacklist_form_type(_type_)

        cmt = d.pop("cmt", UNSET)

        add_to_blacklist_form = cls(
            add_black=add_black,
            phone=phone,
            fmt=fmt,
            charset=charset,
            type_=type_,
            cmt=cmt,
        )

        add_to_blacklist_form.additional_properties = d
        return add_to_blacklist_form

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
