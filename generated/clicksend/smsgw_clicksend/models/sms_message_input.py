from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsMessageInput")


@_attrs_define
class SmsMessageInput:
    """One message to send: to a number (`to`) or to every contact of a list (`list_id`, instead of `to`). The
    service checks the recipient, the sender and the schedule per message and reports what is wrong in that
    message's `status` (the answer is still HTTP 200), so the schema does not constrain them further.

    """

    body: str
    """ The message. Up to 160 GSM 03.38 characters make one message; longer ones go in parts of 153
    characters (70 and 67 when any character is not GSM 03.38, i.e. unicode), each charged as a message.
    The docs say a message longer than 6 parts is truncated, while their credit tables go up to 8 parts
    (1224 GSM or 536 unicode characters); the schema sets no length limit.
     """
    to: str | Unset = UNSET
    """ The recipient's number in E.164 format (e.g. `+61411111111`); not needed with `list_id`. """
    source: str | Unset = UNSET
    """ Your method of sending, e.g. `wordpress`, `php`, `c#`. """
    from_: str | Unset = UNSET
    """ Your sender ID: a number, or up to 11 alphanumeric characters without spaces (else the message gets
    `INVALID_SENDER_ID`). The samples leave it out; the service then chooses the sender (the answer's
    `from`).
     """
    schedule: int | Unset = UNSET
    """ When to send (Unix seconds); leave out for immediate delivery. """
    custom_string: str | Unset = UNSET
    """ Your reference; passed back with every reply and delivery report. """
    list_id: int | Unset = UNSET
    """ A contact list's ID, to send to the whole list; can be used instead of `to`. """
    country: str | Unset = UNSET
    """ ISO 3166 alpha-2 country code (e.g. `US`), used to format `to` when it is not international. """
    from_email: str | Unset = UNSET
    """ An e-mail address replies are e-mailed to; when omitted, to the user who sent the SMS. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        to = self.to

        source = self.source

        from_ = self.from_

        schedule = self.schedule

        custom_string = self.custom_string

        list_id = self.list_id

        country = self.country

        from_email = self.from_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "body": body,
            }
        )
        if to is not UNSET:
            field_dict["to"] = to
        if source is not UNSET:
            field_dict["source"] = source
        if from_ is not UNSET:
            field_dict["from"] = from_
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if custom_string is not UNSET:
            field_dict["custom_string"] = custom_string
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if country is not UNSET:
            field_dict["country"] = country
        if from_email is not UNSET:
            field_dict["from_email"] = from_email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        body = d.pop("body")

        to = d.pop("to", UNSET)

        source = d.pop("source", UNSET)

        from_ = d.pop("from", UNSET)

        schedule = d.pop("schedule", UNSET)

        custom_string = d.pop("custom_string", UNSET)

        list_id = d.pop("list_id", UNSET)

        country = d.pop("country", UNSET)

        from_email = d.pop("from_email", UNSET)

        sms_message_input = cls(
            body=body,
            to=to,
            source=source,
            from_=from_,
            schedule=schedule,
            custom_string=custom_string,
            list_id=list_id,
            country=country,
            from_email=from_email,
        )

        sms_message_input.additional_properties = d
        return sms_message_input

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
