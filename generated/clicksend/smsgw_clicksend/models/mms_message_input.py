from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MmsMessageInput")


@_attrs_define
class MmsMessageInput:
    """One MMS message; give `to` or `list_id`."""

    subject: str
    """ Subject line (max 20 characters); an empty subject gives SUBJECT_REQUIRED. """
    from_: str
    """ Your sender id (alphanumeric ones up to 11 characters, no spaces, else INVALID_SENDER_ID). """
    body: str
    """ Your message (1500 characters, 500 if unicode; longer ones are truncated). """
    to: str | Unset = UNSET
    """ Recipient phone number in E.164 format. """
    list_id: int | Unset = UNSET
    """ Your list ID if sending to a whole list (instead of `to`). """
    country: str | Unset = UNSET
    """ The country of the recipient (two-letter code, e.g. AU). """
    source: str | Unset = UNSET
    """ Your method of sending, e.g. 'wordpress', 'php', 'c#'. """
    custom_string: str | Unset = UNSET
    """ Your reference, passed back with replies and delivery reports. """
    schedule: int | str | Unset = UNSET
    """ Unix seconds (UTC); the service sends an integer or a numeric string. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subject = self.subject

        from_ = self.from_

        body = self.body

        to = self.to

        list_id = self.list_id

        country = self.country

        source = self.source

        custom_string = self.custom_string

        schedule: int | str | Unset
        if isinstance(self.schedule, Unset):
            schedule = UNSET
        else:
            schedule = self.schedule

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subject": subject,
                "from": from_,
                "body": body,
            }
        )
        if to is not UNSET:
            field_dict["to"] = to
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if country is not UNSET:
            field_dict["country"] = country
        if source is not UNSET:
            field_dict["source"] = source
        if custom_string is not UNSET:
            field_dict["custom_string"] = custom_string
        if schedule is not UNSET:
            field_dict["schedule"] = schedule

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subject = d.pop("subject")

        from_ = d.pop("from")

        body = d.pop("body")

        to = d.pop("to", UNSET)

        list_id = d.pop("list_id", UNSET)

        country = d.pop("country", UNSET)

        source = d.pop("source", UNSET)

        custom_string = d.pop("custom_string", UNSET)

        def _parse_schedule(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        schedule = _parse_schedule(d.pop("schedule", UNSET))

        mms_message_input = cls(
            subject=subject,
            from_=from_,
            body=body,
            to=to,
            list_id=list_id,
            country=country,
            source=source,
            custom_string=custom_string,
            schedule=schedule,
        )

        mms_message_input.additional_properties = d
        return mms_message_input

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
