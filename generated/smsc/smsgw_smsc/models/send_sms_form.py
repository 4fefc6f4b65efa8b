from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reply_options_charset import ReplyOptionsCharset, check_reply_options_charset
from ..models.reply_options_fmt import ReplyOptionsFmt, check_reply_options_fmt
from ..models.send_options_cost import SendOptionsCost, check_send_options_cost
from ..models.send_options_err import SendOptionsErr, check_send_options_err
from ..models.send_sms_form_bin import SendSmsFormBin, check_send_sms_form_bin
from ..models.send_sms_form_flash import SendSmsFormFlash, check_send_sms_form_flash
from ..models.send_sms_form_op import SendSmsFormOp, check_send_sms_form_op
from ..models.send_sms_form_push import SendSmsFormPush, check_send_sms_form_push
from ..models.sms_options_tinyurl import SmsOptionsTinyurl, check_sms_options_tinyurl
from ..models.sms_options_translit import SmsOptionsTranslit, check_sms_options_translit
from ..types import UNSET, Unset

T = TypeVar("T", bound="SendSmsForm")


@_attrs_define
class SendSmsForm:
    phones: str
    """ One or more phone numbers in international format (`+` optional; with `+` the service does not
    correct the number), separated by `,` or `;`. `G<number>` addresses a contact group.
     """
    mes: str
    """ The message text, up to 1000 characters (split into SMS parts of 160 Latin or 70 Cyrillic). """
    fmt: ReplyOptionsFmt | Unset = UNSET
    """ Reply format: 0 plain string (the default), 1 comma-separated, 2 XML, 3 JSON. """
    charset: ReplyOptionsCharset | Unset = UNSET
    """ Encoding of the request text and of the reply; `windows-1251` when absent. """
    id: int | Unset = UNSET
    """ Your id for the message, 1 to 2147483647 (not unique). 0, which common SMSC client libraries send by
    default, or no id at all, has the service assign one (see errata). """
    time: str | Unset = UNSET
    """ When to send: `DDMMYYhhmm`, `DD.MM.YY hh:mm`, `h1-h2` (an hour window), `0<unix timestamp>` or
    `+<minutes>`. `0` or a past time means now. `tz` gives the time zone of `time` relative to Moscow.
     """
    tz: int | Unset = UNSET
    """ Time zone of `time`, in hours relative to Moscow. """
    valid: str | Unset = UNSET
    """ Lifetime of the message (`hh:mm` or hours, up to 24). """
    err: SendOptionsErr | Unset = UNSET
    """ 1 adds the numbers that failed to the reply (not modelled further; see errata). """
    pp: str | Unset = UNSET
    """ Partner id. """
    cost: SendOptionsCost | Unset = UNSET
    """ 0 send; 2 send and add the cost to the reply; 3 also add the new balance. """
    sender: str | Unset = UNSET
    """ Sender name; an empty string or `.` disables the account's default sender. """
    translit: SmsOptionsTranslit | Unset = UNSET
    """ 0 as is; 1 transliterate Cyrillic to Latin; 2 to "mpaHc/Ium" look-alikes. """
    tinyurl: SmsOptionsTinyurl | Unset = UNSET
    """ 1 shortens the links in the text. """
    maxsms: int | Unset = UNSET
    """ Send nothing if the text needs more SMS parts than this. """
    flash: SendSmsFormFlash | Unset = UNSET
    """ 1 sends a flash SMS (shown at once, not stored). """
    push: SendSmsFormPush | Unset = UNSET
    """ 1 sends a wap-push; `mes` is then `<url> <title>`. """
    bin_: SendSmsFormBin | Unset = UNSET
    """ 1 sends `mes` as binary, 2 as hex-encoded binary. """
    period: float | Unset = UNSET
    """ Spread the sending over this many hours. """
    freq: int | Unset = UNSET
    """ With `period`, send a batch every this many minutes. """
    op: SendSmsFormOp | Unset = UNSET
    """ 1 adds per-number details (`phones`) to the fmt 3 reply. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phones = self.phones

        mes = self.mes

        fmt: int | Unset = UNSET
        if not isinstance(self.fmt, Unset):
            fmt = self.fmt

        charset: str | Unset = UNSET
        if not isinstance(self.charset, Unset):
            charset = self.charset

        id = self.id

        time = self.time

        tz = self.tz

        valid = self.valid

        err: int | Unset = UNSET
        if not isinstance(self.err, Unset):
            err = self.err

        pp = self.pp

        cost: int | Unset = UNSET
        if not isinstance(self.cost, Unset):
            cost = self.cost

        sender = self.sender

        translit: int | Unset = UNSET
        if not isinstance(self.translit, Unset):
            translit = self.translit

        tinyurl: int | Unset = UNSET
        if not isinstance(self.tinyurl, Unset):
            tinyurl = self.tinyurl

        maxsms = self.maxsms

        flash: int | Unset = UNSET
        if not isinstance(self.flash, Unset):
            flash = self.flash

        push: int | Unset = UNSET
        if not isinstance(self.push, Unset):
            push = self.push

        bin_: int | Unset = UNSET
        if not isinstance(self.bin_, Unset):
            bin_ = self.bin_

        period = self.period

        freq = self.freq

        op: int | Unset = UNSET
        if not isinstance(self.op, Unset):
            op = self.op

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phones": phones,
                "mes": mes,
            }
        )
        if fmt is not UNSET:
            field_dict["fmt"] = fmt
        if charset is not UNSET:
            field_dict["charset"] = charset
        if id is not UNSET:
            field_dict["id"] = id
        if time is not UNSET:
            field_dict["time"] = time
        if tz is not UNSET:
            field_dict["tz"] = tz
        if valid is not UNSET:
            field_dict["valid"] = valid
        if err is not UNSET:
            field_dict["err"] = err
        if pp is not UNSET:
            field_dict["pp"] = pp
        if cost is not UNSET:
            field_dict["cost"] = cost
        if sender is not UNSET:
            field_dict["sender"] = sender
        if translit is not UNSET:
            field_dict["translit"] = translit
        if tinyurl is not UNSET:
            field_dict["tinyurl"] = tinyurl
        if maxsms is not UNSET:
            field_dict["maxsms"] = maxsms
        if flash is not UNSET:
            field_dict["flash"] = flash
        if push is not UNSET:
            field_dict["push"] = push
        if bin_ is not UNSET:
            field_dict["bin"] = bin_
        if period is not UNSET:
            field_dict["period"] = period
        if freq is not UNSET:
            field_dict["freq"] = freq
        if op is not UNSET:
            field_dict["op"] = op

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
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

        id = d.pop("id", UNSET)

        time = d.pop("time", UNSET)

        tz = d.pop("tz", UNSET)

        valid = d.pop("valid", UNSET)

        _err = d.pop("err", UNSET)
        err: SendOptionsErr | Unset
        if isinstance(_err, Unset):
            err = UNSET
        else:
            err = check_send_options_err(_err)

        pp = d.pop("pp", UNSET)

        _cost = d.pop("cost", UNSET)
        cost: SendOptionsCost | Unset
        if isinstance(_cost, Unset):
            cost = UNSET
        else:
            cost = check_send_options_cost(_cost)

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

        _flash = d.pop("flash", UNSET)
        flash: SendSmsFormFlash | Unset
        if isinstance(_flash, Unset):
            flash = UNSET
        else:
            flash = check_send_sms_form_flash(_flash)

        _push = d.pop("push", UNSET)
        push: SendSmsFormPush | Unset
        if isinstance(_push, Unset):
            push = UNSET
        else:
            push = check_send_sms_form_push(_push)

        _bin_ = d.pop("bin", UNSET)
        bin_: SendSmsFormBin | Unset
        if isinstance(_bin_, Unset):
            bin_ = UNSET
        else:
            bin_ = check_send_sms_form_bin(_bin_)

        period = d.pop("period", UNSET)

        freq = d.pop("freq", UNSET)

        _op = d.pop("op", UNSET)
        op: SendSmsFormOp | Unset
        if isinstance(_op, Unset):
            op = UNSET
        else:
            op = check_send_sms_form_op(_op)

        send_sms_form = cls(
            phones=phones,
            mes=mes,
            fmt=fmt,
            charset=charset,
            id=id,
            time=time,
            tz=tz,
            valid=valid,
            err=err,
            pp=pp,
            cost=cost,
            sender=sender,
            translit=translit,
            tinyurl=tinyurl,
            maxsms=maxsms,
            flash=flash,
            push=push,
            bin_=bin_,
            period=period,
            freq=freq,
            op=op,
        )

        send_sms_form.additional_properties = d
        return send_sms_form

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
