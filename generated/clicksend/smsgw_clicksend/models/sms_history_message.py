from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SmsHistoryMessage")


@_attrs_define
class SmsHistoryMessage:
    """A sent SMS in the history."""

    direction: str
    """ `out` for a sent message. """
    date: int | str
    """ Unix seconds (UTC); the service sends an integer or a numeric string. """
    to: str
    body: str
    status: str
    """ The delivery state, e.g. `Completed`. """
    from_: str
    schedule: int | str
    """ Unix seconds (UTC); the service sends an integer or a numeric string. """
    status_code: None | str
    """ The delivery status code (null before a report). """
    status_text: None | str
    error_code: None | str
    error_text: None | str
    message_id: str
    """ A ClickSend message ID (an uppercase UUID). """
    message_parts: float | str
    """ The parts (messages charged) of a message; a number, or a decimal string (`"1.00"`). """
    message_price: float | str
    """ An amount of money; the service sends a number or a decimal string (`"4.998000"`). """
    from_email: None | str
    list_id: int | None
    """ The list sent to, if any. """
    custom_string: None | str
    contact_id: int
    """ The contact sent to (0 when not sent to a contact). """
    user_id: int
    subaccount_id: int
    country: str
    carrier: str
    first_name: None | str
    """ The contact's first name. """
    last_name: None | str
    """ The contact's last name. """
    field_api_username: str
    """ The API username that sent the message. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        direction = self.direction

        date: int | str
        date = self.date

        to = self.to

        body = self.body

        status = self.status

        from_ = self.from_

        schedule: int | str
        schedule = self.schedule

        status_code: None | str
        status_code = self.status_code

        status_text: None | str
        status_text = self.status_text

        error_code: None | str
        error_code = self.error_code

        error_text: None | str
        error_text = self.error_text

        message_id = self.message_id

        message_parts: float | str
        message_parts = self.message_parts

        message_price: float | str
        message_price = self.message_price

        from_email: None | str
        from_email = self.from_email

        list_id: int | None
        list_id = self.list_id

        custom_string: None | str
        custom_string = self.custom_string

        contact_id = self.contact_id

        user_id = self.user_id

        subaccount_id = self.subaccount_id

        country = self.country

        carrier = self.carrier

        first_name: None | str
        first_name = self.first_name

        last_name: None | str
        last_name = self.last_name

        field_api_username = self.field_api_username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "direction": direction,
                "date": date,
                "to": to,
                "body": body,
                "status": status,
                "from": from_,
                "schedule": schedule,
                "status_code": status_code,
                "status_text": status_text,
                "error_code": error_code,
                "error_text": error_text,
                "message_id": message_id,
                "message_parts": message_parts,
                "message_price": message_price,
                "from_email": from_email,
                "list_id": list_id,
                "custom_string": custom_string,
                "contact_id": contact_id,
                "user_id": user_id,
                "subaccount_id": subaccount_id,
                "country": country,
                "carrier": carrier,
                "first_name": first_name,
                "last_name": last_name,
                "_api_username": field_api_username,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        direction = d.pop("direction")

        def _parse_date(data: object) -> int | str:
            return cast(int | str, data)

        date = _parse_date(d.pop("date"))

        to = d.pop("to")

        body = d.pop("body")

        status = d.pop("status")

        from_ = d.pop("from")

        def _parse_schedule(data: object) -> int | str:
            return cast(int | str, data)

        schedule = _parse_schedule(d.pop("schedule"))

        def _parse_status_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        status_code = _parse_status_code(d.pop("status_code"))

        def _parse_status_text(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        status_text = _parse_status_text(d.pop("status_text"))

        def _parse_error_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error_code = _parse_error_code(d.pop("error_code"))

        def _parse_error_text(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error_text = _parse_error_text(d.pop("error_text"))

        message_id = d.pop("message_id")

        def _parse_message_parts(data: object) -> float | str:
            return cast(float | str, data)

        message_parts = _parse_message_parts(d.pop("message_parts"))

        def _parse_message_price(data: object) -> float | str:
            return cast(float | str, data)

        message_price = _parse_message_price(d.pop("message_price"))

        def _parse_from_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        from_email = _parse_from_email(d.pop("from_email"))

        def _parse_list_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        list_id = _parse_list_id(d.pop("list_id"))

        def _parse_custom_string(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        custom_string = _parse_custom_string(d.pop("custom_string"))

        contact_id = d.pop("contact_id")

        user_id = d.pop("user_id")

        subaccount_id = d.pop("subaccount_id")

        country = d.pop("country")

        carrier = d.pop("carrier")

        def _parse_first_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        first_name = _parse_first_name(d.pop("first_name"))

        def _parse_last_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_name = _parse_last_name(d.pop("last_name"))

        field_api_username = d.pop("_api_username")

        sms_history_message = cls(
            direction=direction,
            date=date,
            to=to,
            body=body,
            status=status,
            from_=from_,
            schedule=schedule,
            status_code=status_code,
            status_text=status_text,
            error_code=error_code,
            error_text=error_text,
            message_id=message_id,
            message_parts=message_parts,
            message_price=message_price,
            from_email=from_email,
            list_id=list_id,
            custom_string=custom_string,
            contact_id=contact_id,
            user_id=user_id,
            subaccount_id=subaccount_id,
            country=country,
            carrier=carrier,
            first_name=first_name,
            last_name=last_name,
            field_api_username=field_api_username,
        )

        sms_history_message.additional_properties = d
        return sms_history_message

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
