from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.add_contact_form_add import AddContactFormAdd, check_add_contact_form_add
from ..models.reply_options_charset import ReplyOptionsCharset, check_reply_options_charset
from ..models.reply_options_fmt import ReplyOptionsFmt, check_reply_options_fmt
from ..types import UNSET, Unset

T = TypeVar("T", bound="AddContactForm")


@_attrs_define
class AddContactForm:
    phone: str
    """ The new contact's number, in international format (`+` optional). """
    add: AddContactFormAdd = 1
    """ Selects "create a contact". """
    fmt: ReplyOptionsFmt | Unset = UNSET
    """ Reply format: 0 plain string (the default), 1 comma-separated, 2 XML, 3 JSON. """
    charset: ReplyOptionsCharset | Unset = UNSET
    """ Encoding of the request text and of the reply; `windows-1251` when absent. """
    name: str | Unset = UNSET
    """ Contact name (one line). """
    grp: str | Unset = UNSET
    """ Ids of the groups the contact belongs to, comma separated (the `id` of `list_groups`). """
    fnm: str | Unset = UNSET
    """ First name (one line). """
    lnm: str | Unset = UNSET
    """ Last name (surname; one line). """
    mnm: str | Unset = UNSET
    """ Middle name (patronymic; one line). """
    bd: str | Unset = UNSET
    """ Birthday, `dd.mm.yyyy`. """
    myid: str | Unset = UNSET
    """ Your own id for the contact (returned as `id` by `list_contacts`). """
    cmt: str | Unset = UNSET
    """ Comment (one line). """
    tags: str | Unset = UNSET
    """ Tags (labels) of the contact (one line). """
    pho: str | Unset = UNSET
    """ Other phone numbers of the contact, separated by `,` or `;`. They are stored, never messaged. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        add: int = self.add

        phone = self.phone

        fmt: int | Unset = UNSET
        if not isinstance(self.fmt, Unset):
            fmt = self.fmt

        charset: str | Unset = UNSET
        if not isinstance(self.charset, Unset):
            charset = self.charset

        name = self.name

        grp = self.grp

        fnm = self.fnm

        lnm = self.lnm

        mnm = self.mnm

        bd = self.bd

        myid = self.myid

        cmt = self.cmt

        tags = self.tags

        pho = self.pho

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "add": add,
                "phone": phone,
            }
        )
        if fmt is not UNSET:
            field_dict["fmt"] = fmt
        if charset is not UNSET:
            field_dict["charset"] = charset
        if name is not UNSET:
            field_dict["name"] = name
        if grp is not UNSET:
            field_dict["grp"] = grp
        if fnm is not UNSET:
            field_dict["fnm"] = fnm
        if lnm is not UNSET:
            field_dict["lnm"] = lnm
        if mnm is not UNSET:
            field_dict["mnm"] = mnm
        if bd is not UNSET:
            field_dict["bd"] = bd
        if myid is not UNSET:
            field_dict["myid"] = myid
        if cmt is not UNSET:
            field_dict["cmt"] = cmt
        if tags is not UNSET:
            field_dict["tags"] = tags
        if pho is not UNSET:
            field_dict["pho"] = pho

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        add = check_add_contact_form_add(d.pop("add"))

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

        name = d.pop("name", UNSET)

        grp = d.pop("grp", UNSET)

        fnm = d.pop("fnm", UNSET)

        lnm = d.pop("lnm", UNSET)

        mnm = d.pop("mnm", UNSET)

        bd = d.pop("bd", UNSET)

        myid = d.pop("myid", UNSET)

        cmt = d.pop("cmt", UNSET)

        tags = d.pop("tags", UNSET)

        pho = d.pop("pho", UNSET)

        add_contact_form = cls(
            add=add,
            phone=phone,
            fmt=fmt,
            charset=charset,
            name=name,
            grp=grp,
            fnm=fnm,
            lnm=lnm,
            mnm=mnm,
            bd=bd,
            myid=myid,
            cmt=cmt,
            tags=tags,
            pho=pho,
        )

        add_contact_form.additional_properties = d
        return add_contact_form

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
