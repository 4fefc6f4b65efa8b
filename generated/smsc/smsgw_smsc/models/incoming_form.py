from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incoming_form_get_answers import IncomingFormGetAnswers, check_incoming_form_get_answers
from ..models.reply_options_charset import ReplyOptionsCharset, check_reply_options_charset
from ..models.reply_options_fmt import ReplyOptionsFmt, check_reply_options_fmt
from ..types import UNSET, Unset

T = TypeVar("T", bound="IncomingForm")


@_attrs_define
class IncomingForm:
    get_answers: IncomingFormGetAnswers = 1
    """ Selects the incoming messages. """
    fmt: ReplyOptionsFmt | Unset = UNSET
    """ Reply format: 0 plain string (the default), 1 comma-separated, 2 XML, 3 JSON. """
    charset: ReplyOptionsCharset | Unset = UNSET
    """ Encoding of the request text and of the reply; `windows-1251` when absent. """
    after_id: int | Unset = UNSET
    """ Only messages with an id greater than this (our reading). """
    hour: int | Unset = UNSET
    """ Only messages of the last this many hours (our reading). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        get_answers: int = self.get_answers

        fmt: int | Unset = UNSET
        if not isinstance(self.fmt, Unset):
            fmt = self.fmt

        charset: str | Unset = UNSET
        if not isinstance(self.charset, Unset):
            charset = self.charset

        after_id = self.after_id

        hour = self.hour

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "get_answers": get_answers,
            }
        )
        if fmt is not UNSET:
            field_dict["fmt"] = fmt
        if charset is not UNSET:
            field_dict["charset"] = charset
        if after_id is not UNSET:
            field_dict["after_id"] = after_id
        if hour is not UNSET:
            field_dict["hour"] = hour

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        get_answers = check_incoming_form_get_answers(d.pop("get_answers"))

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

        after_id = d.pop("after_id", UNSET)

        hour = d.pop("hour", UNSET)

        incoming_form = cls(
            get_answers=get_answers,
            fmt=fmt,
            charset=charset,
            after_id=after_id,
            hour=hour,
        )

        incoming_form.additional_properties = d
        return incoming_form

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
