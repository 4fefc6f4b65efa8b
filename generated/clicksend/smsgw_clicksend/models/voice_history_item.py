from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag import Flag, check_flag

T = TypeVar("T", bound="VoiceHistoryItem")


@_attrs_define
class VoiceHistoryItem:
    """One voice message of the history."""

    user_id: int
    subaccount_id: int
    list_id: int | None
    message_id: str
    """ The message id (an uppercase UUID). """
    to: str
    to_type: str
    from_: None | str
    voice: str
    lang: str
    body: str
    carrier: str
    country: str
    custom_string: str
    schedule: int | str
    """ Unix seconds (UTC); the service sends an integer or a numeric string. """
    message_parts: float | str
    """ The parts (messages charged) of a message; a number, or a decimal string (`"1.00"`). """
    message_price: float | str
    """ An amount of money; the service sends a number or a decimal string (`"4.998000"`). """
    status: str
    """ The message status, e.g. `WaitApproval`. """
    status_code: None | str
    status_text: None | str
    date_added: int | str
    """ Unix seconds (UTC); the service sends an integer or a numeric string. """
    digits: None | str
    """ What the recipient pressed, if anything. """
    machine_detected: Flag
    """ 0 (no) or 1 (yes). """
    require_input: Flag
    """ 0 (no) or 1 (yes). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        subaccount_id = self.subaccount_id

        list_id: int | None
        list_id = self.list_id

        message_id = self.message_id

        to = self.to

        to_type = self.to_type

        from_: None | str
        from_ = self.from_

        voice = self.voice

        lang = self.lang

        body = self.body

        carrier = self.carrier

        country = self.country

        custom_string = self.custom_string

        schedule: int | str
        schedule = self.schedule

        message_parts: float | str
        message_parts = self.message_parts

        message_price: float | str
        message_price = self.message_price

        status = self.status

        status_code: None | str
        status_code = self.status_code

        status_text: None | str
        status_text = self.status_text

        date_added: int | str
        date_added = self.date_added

        digits: None | str
        digits = self.digits

        machine_detected: int = self.machine_detected

        require_input: int = self.require_input

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "subaccount_id": subaccount_id,
                "list_id": list_id,
                "message_id": message_id,
                "to": to,
                "to_type": to_type,
                "from": from_,
                "voice": voice,
                "lang": lang,
                "body": body,
                "carrier": carrier,
                "country": country,
                "custom_string": custom_string,
                "schedule": schedule,
                "message_parts": message_parts,
                "message_price": message_price,
                "status": status,
                "status_code": status_code,
                "status_text": status_text,
                "date_added": date_added,
                "digits": digits,
                "machine_detected": machine_detected,
                "require_input": require_input,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id")

        subaccount_id = d.pop("subaccount_id")

        def _parse_list_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        list_id = _parse_list_id(d.pop("list_id"))

        message_id = d.pop("message_id")

        to = d.pop("to")

        to_type = d.pop("to_type")

        def _parse_from_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        from_ = _parse_from_(d.pop("from"))

        voice = d.pop("voice")

        lang = d.pop("lang")

        body = d.pop("body")

        carrier = d.pop("carrier")

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

        status = d.pop("status")

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

        def _parse_date_added(data: object) -> int | str:
            return cast(int | str, data)

        date_added = _parse_date_added(d.pop("date_added"))

        def _parse_digits(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        digits = _parse_digits(d.pop("digits"))

        machine_detected = check_flag(d.pop("machine_detected"))

        require_input = check_flag(d.pop("require_input"))

        voice_history_item = cls(
            user_id=user_id,
            subaccount_id=subaccount_id,
            list_id=list_id,
            message_id=message_id,
            to=to,
            to_type=to_type,
            from_=from_,
            voice=voice,
            lang=lang,
            body=body,
            carrier=carrier,
            country=country,
            custom_string=custom_string,
            schedule=schedule,
            message_parts=message_parts,
            message_price=message_price,
            status=status,
            status_code=status_code,
            status_text=status_text,
            date_added=date_added,
            digits=digits,
            machine_detected=machine_detected,
            require_input=require_input,
        )

        voice_history_item.additional_properties = d
        return voice_history_item

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
