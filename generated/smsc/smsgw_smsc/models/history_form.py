from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.history_form_get_messages import HistoryFormGetMessages, check_history_form_get_messages
from ..models.reply_options_charset import ReplyOptionsCharset, check_reply_options_charset
from ..models.reply_options_fmt import ReplyOptionsFmt, check_reply_options_fmt
from ..types import UNSET, Unset

T = TypeVar("T", bound="HistoryForm")


@_attrs_define
class HistoryForm:
    start: str
    """ A day, `dd.mm.yyyy`. """
    end: str
    """ A day, `dd.mm.yyyy`. """
    get_messages: HistoryFormGetMessages = 1
    """ Selects the history of sent messages. """
    fmt: ReplyOptionsFmt | Unset = UNSET
    """ Reply format: 0 plain string (the default), 1 comma-separated, 2 XML, 3 JSON. """
    charset: ReplyOptionsCharset | Unset = UNSET
    """ Encoding of the request text and of the reply; `windows-1251` when absent. """
    phone: str | Unset = UNSET
    """ One phone number in international format (`+` optional). """
    cnt: int | Unset = UNSET
    """ At most this many records (our reading). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        get_messages: int = self.get_messages

        start = self.start

        end = self.end

        fmt: int | Unset = UNSET
        if not isinstance(self.fmt, Unset):
            fmt = self.fmt

        charset: str | Unset = UNSET
        if not isinstance(self.charset, Unset):
            charset = self.charset

        phone = self.phone

        cnt = self.cnt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "get_messages": get_messages,
                "start": start,
                "end": end,
            }
        )
        if fmt is not UNSET:
            field_dict["fmt"] = fmt
        if charset is not UNSET:
            field_dict["charset"] = charset
        if phone is not UNSET:
            field_dict["phone"] = phone
        if cnt is not UNSET:
            field_dict["cnt"] = cnt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        get_messages = check_history_form_get_messages(d.pop("get_messages"))

        start = d.pop("start")

        end = d.pop("end")

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

        phone = d.pop("phone", UNSET)

        cnt = d.pop("cnt", UNSET)

        history_form = cls(
            get_messages=get_messages,
            start=start,
            end=end,
            fmt=fmt,
            charset=charset,
            phone=phone,
            cnt=cnt,
        )

        history_form.additional_properties = d
        return history_form

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
