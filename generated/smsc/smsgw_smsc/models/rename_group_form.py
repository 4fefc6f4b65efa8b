from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rename_group_form_chg_group import RenameGroupFormChgGroup, check_rename_group_form_chg_group
from ..models.reply_options_charset import ReplyOptionsCharset, check_reply_options_charset
from ..models.reply_options_fmt import ReplyOptionsFmt, check_reply_options_fmt
from ..types import UNSET, Unset

T = TypeVar("T", bound="RenameGroupForm")


@_attrs_define
class RenameGroupForm:
    grp: int
    """ The group id (from `add_group` or `list_groups`). """
    name: str
    """ The new name of the group (one line). """
    chg_group: RenameGroupFormChgGroup = 1
    """ Selects "rename a group". """
    fmt: ReplyOptionsFmt | Unset = UNSET
    """ Reply format: 0 plain string (the default), 1 comma-separated, 2 XML, 3 JSON. """
    charset: ReplyOptionsCharset | Unset = UNSET
    """ Encoding of the request text and of the reply; `windows-1251` when absent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chg_group: int = self.chg_group

        grp = self.grp

        name = self.name

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
                "chg_group": chg_group,
                "grp": grp,
                "name": name,
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
        chg_group = check_rename_group_form_chg_group(d.pop("chg_group"))

        grp = d.pop("grp")

        name = d.pop("name")

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

        rename_group_form = cls(
            chg_group=chg_group,
            grp=grp,
            name=name,
            fmt=fmt,
            charset=charset,
        )

        rename_group_form.additional_properties = d
        return rename_group_form

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
