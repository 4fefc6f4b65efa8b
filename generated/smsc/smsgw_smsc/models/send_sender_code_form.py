from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reply_options_charset import ReplyOptionsCharset, check_reply_options_charset
from ..models.reply_options_fmt import ReplyOptionsFmt, check_reply_options_fmt
from ..models.send_sender_code_form_send_code import SendSenderCodeFormSendCode, check_send_sender_code_form_send_code
from ..types import UNSET, Unset

T = TypeVar("T", bound="SendSenderCodeForm")


@_attrs_define
class SendSenderCodeForm:
    sender: str
    """ The sender name that is a phone number (international format, `+` optional); the code is sent to it. """
    send_code: SendSenderCodeFormSendCode = 1
    """ Selects sending the confirmation code. """
    fmt: ReplyOptionsFmt | Unset = UNSET
    """ Reply format: 0 plain string (the default), 1 comma-separated, 2 XML, 3 JSON. """
    charset: ReplyOptionsCharset | Unset = UNSET
    """ Encoding of the request text and of the reply; `windows-1251` when absent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        send_code: int = self.send_code

        sender = self.sender

        fmt: int | Unset = UNSET
        if not isinstance(self.fmt, Unset):
            fmt = self.fmt

        charset: str | Unset = UNSET
        if not isinstance(self.charset, Unset):
            charset = self.charset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "send_code": send_code,
                "sender": sender,
            }
        )
        if fmt is not UNSET:
            field_dict["fmt"] = fmt
        if charset is not UNSET:
            field_dict["charset"] = charset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        send_code = check_send_sender_code_form_send_code(d.pop("send_code"))

        sender = d.pop("sender")

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

        send_sender_code_form = cls(
            send_code=send_code,
            sender=sender,
            fmt=fmt,
            charset=charset,
        )

        send_sender_code_form.additional_properties = d
        return send_sender_code_form

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
