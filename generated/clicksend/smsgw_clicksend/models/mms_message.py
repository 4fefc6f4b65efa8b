from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MmsMessage")


@_attrs_define
class MmsMessage:
    """One MMS message as queued (or priced), with its own status."""

    list_id: int | None
    """ The list sent to; null for a number. """
    contact_id: int
    """ The contact sent to. """
    message_id: str
    """ The message id (an uppercase UUID). """
    to: str
    """ Recipient phone number. """
    subject: str
    from_: str
    """ The sender id. """
    body: str
    country: str
    custom_string: str
    schedule: int | str
    """ Unix seconds of the schedule, or an empty string when the message is not scheduled. """
    message_parts: float | str
    """ The parts (messages charged) of a message; a number, or a decimal string (`"1.00"`). """
    message_price: float | str
    """ An amount of money; the service sends a number or a decimal string (`"4.998000"`). """
    field_media_file_url: str
    """ URL of the media file sent. """
    status: str
    """ `SUCCESS` (queued) or the application code (`info.x-application-codes`) that refused this message:
    INVALID_RECIPIENT, THROTTLED, INVALID_SENDER_ID, INSUFFICIENT_CREDIT, SUBJECT_REQUIRED, INVALID_MEDIA_FILE, ...
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_id: int | None
        list_id = self.list_id

        contact_id = self.contact_id

        message_id = self.message_id

        to = self.to

        subject = self.subject

        from_ = self.from_

        body = self.body

        country = self.country

        custom_string = self.custom_string

        schedule: int | str
        schedule = self.schedule

        message_parts: float | str
        message_parts = self.message_parts

        message_price: float | str
        message_price = self.message_price

        field_media_file_url = self.field_media_file_url

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "list_id": list_id,
                "contact_id": contact_id,
                "message_id": message_id,
                "to": to,
                "subject": subject,
                "from": from_,
                "body": body,
                "country": country,
                "custom_string": custom_string,
                "schedule": schedule,
                "message_parts": message_parts,
                "message_price": message_price,
                "_media_file_url": field_media_file_url,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_list_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        list_id = _parse_list_id(d.pop("list_id"))

        contact_id = d.pop("contact_id")

        message_id = d.pop("message_id")

        to = d.pop("to")

        subject = d.pop("subject")

        from_ = d.pop("from")

        body = d.pop("body")

        country = d.pop("country")

        custom_string = d.pop("custom_string")

        def _parse_schedule(data: object) -> int | str:
            return cast(int | str, data)

        schedule = _parse_schedule(d.pop("schedule"))

        def _parse_message_parts(data: object) -> float | str:
            return cast(float | str, data)

        message_parts = _parse_message_parts(d.pop("message_parts"))

        def _parse_message_price(data: object) -> float | str:
            return cast(float | str, data)

        message_price = _parse_message_price(d.pop("message_price"))

        field_media_file_url = d.pop("_media_file_url")

        status = d.pop("status")

        mms_message = cls(
            list_id=list_id,
            contact_id=contact_id,
            message_id=message_id,
            to=to,
            subject=subject,
            from_=from_,
            body=body,
            country=country,
            custom_string=custom_string,
            schedule=schedule,
            message_parts=message_parts,
            message_price=message_price,
            field_media_file_url=field_media_file_url,
            status=status,
        )

        mms_message.additional_properties = d
        return mms_message

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
