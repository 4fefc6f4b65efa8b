from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.add_job_form_add import AddJobFormAdd, check_add_job_form_add
from ..models.add_job_form_cost import AddJobFormCost, check_add_job_form_cost
from ..models.add_job_form_mail import AddJobFormMail, check_add_job_form_mail
from ..models.reply_options_charset import ReplyOptionsCharset, check_reply_options_charset
from ..models.reply_options_fmt import ReplyOptionsFmt, check_reply_options_fmt
from ..types import UNSET, Unset

T = TypeVar("T", bound="AddJobForm")


@_attrs_define
class AddJobForm:
    name: str
    """ The name of the mailing. """
    phones: str
    """ One or more phone numbers in international format (`+` optional; with `+` the service does not
    correct the number), separated by `,` or `;`. `G<number>` addresses a contact group.
     """
    mes: str
    """ The message text, up to 1000 characters (split into SMS parts of 160 Latin or 70 Cyrillic). """
    add: AddJobFormAdd = 1
    """ Selects creating a mailing. """
    fmt: ReplyOptionsFmt | Unset = UNSET
    """ Reply format: 0 plain string (the default), 1 comma-separated, 2 XML, 3 JSON. """
    charset: ReplyOptionsCharset | Unset = UNSET
    """ Encoding of the request text and of the reply; `windows-1251` when absent. """
    sender: str | Unset = UNSET
    """ Sender name; an empty string or `.` disables the account's default sender. """
    time: str | Unset = UNSET
    """ When to send: `DDMMYYhhmm`, `DD.MM.YY hh:mm`, `h1-h2` (an hour window), `0<unix timestamp>` or
    `+<minutes>`. `0` or a past time means now. `tz` gives the time zone of `time` relative to Moscow.
     """
    period: float | Unset = UNSET
    """ Spread the sending over this many hours. """
    freq: int | Unset = UNSET
    """ With `period`, send a batch every this many minutes. """
    mail: AddJobFormMail | Unset = UNSET
    """ 1 sends the mailing as e-mail (as `mail=1` of send.php; our reading). """
    cost: AddJobFormCost | Unset = UNSET
    """ 1 adds the cost of the mailing to the reply (unlike send.php, where 1 means "price only"). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        add: int = self.add

        name = self.name

        phones = self.phones

        mes = self.mes

        fmt: int | Unset = UNSET
        if not isinstance(self.fmt, Unset):
            fmt = self.fmt

        charset: str | Unset = UNSET
        if not isinstance(self.charset, Unset):
            charset = self.charset

        sender = self.sender

        time = self.time

        period = self.period

        freq = self.freq

        mail: int | Unset = UNSET
        if not isinstance(self.mail, Unset):
            mail = self.mail

        cost: int | Unset = UNSET
        if not isinstance(self.cost, Unset):
            cost = self.cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "add": add,
                "name": name,
                "phones": phones,
                "mes": mes,
            }
        )
        if fmt is not UNSET:
            field_dict["fmt"] = fmt
        if charset is not UNSET:
            field_dict["charset"] = charset
        if sender is not UNSET:
            field_dict["sender"] = sender
        if time is not UNSET:
            field_dict["time"] = time
        if period is not UNSET:
            field_dict["period"] = period
        if freq is not UNSET:
            field_dict["freq"] = freq
        if mail is not UNSET:
            field_dict["mail"] = mail
        if cost is not UNSET:
            field_dict["cost"] = cost

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        add = check_add_job_form_add(d.pop("add"))

        name = d.pop("name")

        phones = d.pop("phones")

        mes = d.pop("mes")

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

        sender = d.pop("sender", UNSET)

        time = d.pop("time", UNSET)

        period = d.pop("period", UNSET)

        freq = d.pop("freq", UNSET)

        _mail = d.pop("mail", UNSET)
        mail: AddJobFormMail | Unset
        if isinstance(_mail, Unset):
            mail = UNSET
        else:
            mail = check_add_job_form_mail(_mail)

        _cost = d.pop("cost", UNSET)
        cost: AddJobFormCost | Unset
        if isinstance(_cost, Unset):
            cost = UNSET
        else:
            cost = check_add_job_form_cost(_cost)

        add_job_form = cls(
            add=add,
            name=name,
            phones=phones,
            mes=mes,
            fmt=fmt,
            charset=charset,
            sender=sender,
            time=time,
            period=period,
            freq=freq,
            mail=mail,
            cost=cost,
        )

        add_job_form.additional_properties = d
        return add_job_form

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
