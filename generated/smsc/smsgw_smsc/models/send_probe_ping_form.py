from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reply_options_charset import ReplyOptionsCharset, check_reply_options_charset
from ..models.reply_options_fmt import ReplyOptionsFmt, check_reply_options_fmt
from ..models.send_options_cost import SendOptionsCost, check_send_options_cost
from ..models.send_options_err import SendOptionsErr, check_send_options_err
from ..models.send_probe_ping_form_ping import SendProbePingFormPing, check_send_probe_ping_form_ping
from ..types import UNSET, Unset

T = TypeVar("T", bound="SendProbePingForm")


@_attrs_define
class SendProbePingForm:
    phones: str
    """ One or more phone numbers in international format (`+` optional; with `+` the service does not
    correct the number), separated by `,` or `;`. `G<number>` addresses a contact group.
     """
    ping: SendProbePingFormPing = 1
    """ Selects a ping SMS. """
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ping: int = self.ping

        phones = self.phones

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ping": ping,
                "phones": phones,
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ping = check_send_probe_ping_form_ping(d.pop("ping"))

        phones = d.pop("phones")

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

        send_probe_ping_form = cls(
            ping=ping,
            phones=phones,
            fmt=fmt,
            charset=charset,
            id=id,
            time=time,
            tz=tz,
            valid=valid,
            err=err,
            pp=pp,
            cost=cost,
        )

        send_probe_ping_form.additional_properties = d
        return send_probe_ping_form

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
