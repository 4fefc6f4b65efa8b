from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reply_options_charset import ReplyOptionsCharset, check_reply_options_charset
from ..models.reply_options_fmt import ReplyOptionsFmt, check_reply_options_fmt
from ..models.send_cost_form_call import SendCostFormCall, check_send_cost_form_call
from ..models.send_cost_form_cost import SendCostFormCost, check_send_cost_form_cost
from ..models.send_cost_form_mail import SendCostFormMail, check_send_cost_form_mail
from ..models.send_cost_form_mms import SendCostFormMms, check_send_cost_form_mms
from ..models.send_cost_form_viber import SendCostFormViber, check_send_cost_form_viber
from ..models.sms_options_tinyurl import SmsOptionsTinyurl, check_sms_options_tinyurl
from ..models.sms_options_translit import SmsOptionsTranslit, check_sms_options_translit
from ..types import UNSET, Unset

T = TypeVar("T", bound="SendCostForm")


@_attrs_define
class SendCostForm:
    phones: str
    """ One or more phone numbers in international format (`+` optional; with `+` the service does not
    correct the number), separated by `,` or `;`. `G<number>` addresses a contact group.
     """
    mes: str
    """ The message text, up to 1000 characters (split into SMS parts of 160 Latin or 70 Cyrillic). """
    cost: SendCostFormCost = 1
    """ Selects "cost only, do not send". """
    fmt: ReplyOptionsFmt | Unset = UNSET
    """ Reply format: 0 plain string (the default), 1 comma-separated, 2 XML, 3 JSON. """
    charset: ReplyOptionsCharset | Unset = UNSET
    """ Encoding of the request text and of the reply; `windows-1251` when absent. """
    sender: str | Unset = UNSET
    """ Sender name; an empty string or `.` disables the account's default sender. """
    translit: SmsOptionsTranslit | Unset = UNSET
    """ 0 as is; 1 transliterate Cyrillic to Latin; 2 to "mpaHc/Ium" look-alikes. """
    tinyurl: SmsOptionsTinyurl | Unset = UNSET
    """ 1 shortens the links in the text. """
    maxsms: int | Unset = UNSET
    """ Send nothing if the text needs more SMS parts than this. """
    mms: SendCostFormMms | Unset = UNSET
    """ 1 prices an MMS. """
    mail: SendCostFormMail | Unset = UNSET
    """ 1 prices an e-mail (then `phones` holds e-mail addresses). """
    call: SendCostFormCall | Unset = UNSET
    """ 1 prices a voice call. """
    viber: SendCostFormViber | Unset = UNSET
    """ 1 prices a Viber message. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cost: int = self.cost

        phones = self.phones

        mes = self.mes

        fmt: int | Unset = UNSET
        if not isinstance(self.fmt, Unset):
            fmt = self.fmt

        charset: str | Unset = UNSET
        if not isinstance(self.charset, Unset):
            charset = self.charset

        sender = self.sender

        translit: int | Unset = UNSET
        if not isinstance(self.translit, Unset):
            translit = self.translit

        tinyurl: int | Unset = UNSET
        if not isinstance(self.tinyurl, Unset):
            tinyurl = self.tinyurl

        maxsms = self.maxsms

        mms: int | Unset = UNSET
        if not isinstance(self.mms, Unset):
            mms = self.mms

        mail: int | Unset = UNSET
        if not isinstance(self.mail, Unset):
            mail = self.mail

        call: int | Unset = UNSET
        if not isinstance(self.call, Unset):
            call = self.call

        viber: int | Unset = UNSET
        if not isinstance(self.viber, Unset):
            viber = self.viber

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cost": cost,
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
        if translit is not UNSET:
            field_dict["translit"] = translit
        if tinyurl is not UNSET:
            field_dict["tinyurl"] = tinyurl
        if maxsms is not UNSET:
            field_dict["maxsms"] = maxsms
        if mms is not UNSET:
            field_dict["mms"] = mms
        if mail is not UNSET:
            field_dict["mail"] = mail
        if call is not UNSET:
            field_dict["call"] = call
        if viber is not UNSET:
            field_dict["viber"] = viber

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cost = check_send_cost_form_cost(d.pop("cost"))

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

        _mms = d.pop("mms", UNSET)
        mms: SendCostFormMms | Unset
        if isinstance(_mms, Unset):
            mms = UNSET
        else:
            mms = check_send_cost_form_mms(_mms)

        _mail = d.pop("mail", UNSET)
        mail: SendCostFormMail | Unset
        if isinstance(_mail, Unset):
            mail = UNSET
        else:
            mail = check_send_cost_form_mail(_mail)

        _call = d.pop("call", UNSET)
        call: SendCostFormCall | Unset
        if isinstance(_call, Unset):
            call = UNSET
        else:
            call = check_send_cost_form_call(_call)

        _viber = d.pop("viber", UNSET)
        viber: SendCostFormViber | Unset
        if isinstance(_viber, Unset):
            viber = UNSET
        else:
            viber = check_send_cost_form_viber(_viber)

        send_cost_form = cls(
            cost=cost,
            phones=phones,
            mes=mes,
            fmt=fmt,
            charset=charset,
            sender=sender,
            translit=translit,
            tinyurl=tinyurl,
            maxsms=maxsms,
            mms=mms,
            mail=mail,
            call=call,
            viber=viber,
        )

        send_cost_form.additional_properties = d
        return send_cost_form

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
