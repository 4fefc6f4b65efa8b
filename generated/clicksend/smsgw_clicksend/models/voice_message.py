from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag import Flag, check_flag
from ..types import UNSET, Unset

T = TypeVar("T", bound="VoiceMessage")


@_attrs_define
class VoiceMessage:
    """One voice message as queued (or priced), with its own status."""

    date: int | str
    """ Unix seconds (UTC); the service sends an integer or a numeric string. """
    to: str
    to_type: str
    """ The kind of number, e.g. `mobile`. """
    body: str
    from_: None | str
    lang: str
    voice: str
    """ `female` or `male`. """
    schedule: int | str
    """ Unix seconds (UTC); the service sends an integer or a numeric string. """
    message_id: str
    """ The message id (an uppercase UUID). """
    message_parts: float | str
    """ The parts (messages charged) of a message; a number, or a decimal string (`"1.00"`). """
    message_price: float | str
    """ An amount of money; the service sends a number or a decimal string (`"4.998000"`). """
    custom_string: str
    user_id: int
    subaccount_id: int
    country: str
    require_input: Flag
    """ 0 (no) or 1 (yes). """
    machine_detection: Flag
    """ 0 (no) or 1 (yes). """
    status: str
    """ `SUCCESS` (queued) or the application code (`info.x-application-codes`) that refused this message:
    INVALID_RECIPIENT, THROTTLED, INSUFFICIENT_CREDIT, COUNTRY_NOT_ENABLED, INVALID_LANG, INVALID_VOICE, ... """
    carrier: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date: int | str
        date = self.date

        to = self.to

        to_type = self.to_type

        body = self.body

        from_: None | str
        from_ = self.from_

        lang = self.lang

        voice = self.voice

        schedule: int | str
        schedule = self.schedule

        message_id = self.message_id

        message_parts: float | str
        message_parts = self.message_parts

        message_price: float | str
        message_price = self.message_price

        custom_string = self.custom_string

        user_id = self.user_id

        subaccount_id = self.subaccount_id

        country = self.country

        require_input: int = self.require_input

        machine_detection: int = self.machine_detection

        status = self.status

        carrier = self.carrier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "to": to,
                "to_type": to_type,
                "body": body,
                "from": from_,
                "lang": lang,
                "voice": voice,
                "schedule": schedule,
                "message_id": message_id,
                "message_parts": message_parts,
                "message_price": message_price,
                "custom_string": custom_string,
                "user_id": user_id,
                "subaccount_id": subaccount_id,
                "country": country,
                "require_input": require_input,
                "machine_detection": machine_detection,
                "status": status,
            }
        )
        if carrier is not UNSET:
            field_dict["carrier"] = carrier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_date(data: object) -> int | str:
            return cast(int | str, data)

        date = _parse_date(d.pop("date"))

        to = d.pop("to")

        to_type = d.pop("to_type")

        body = d.pop("body")

        def _parse_from_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        from_ = _parse_from_(d.pop("from"))

        lang = d.pop("lang")

        voice = d.pop("voice")

        def _parse_schedule(data: object) -> int | str:
            return cast(int | str, data)

        schedule = _parse_schedule(d.pop("schedule"))

        message_id = d.pop("message_id")

        def _parse_message_parts(data: object) -> float | str:
            return cast(float | str, data)

        message_parts = _parse_message_parts(d.pop("message_parts"))

        def _parse_message_price(data: object) -> float | str:
            return cast(float | str, data)

        message_price = _parse_message_price(d.pop("message_price"))

        custom_string = d.pop("custom_string")

        user_id = d.pop("user_id")

        subaccount_id = d.pop("subaccount_id")

        country = d.pop("country")

        require_input = check_flag(d.pop("require_input"))

        machine_detection = check_flag(d.pop("machine_detection"))

        status = d.pop("status")

        carrier = d.pop("carrier", UNSET)

        voice_message = cls(
            date=date,
            to=to,
            to_type=to_type,
            body=body,
            from_=from_,
            lang=lang,
            voice=voice,
            schedule=schedule,
            message_id=message_id,
            message_parts=message_parts,
            message_price=message_price,
            custom_string=custom_string,
            user_id=user_id,
            subaccount_id=subaccount_id,
            country=country,
            require_input=require_input,
            machine_detection=machine_detection,
            status=status,
            carrier=carrier,
        )

        voice_message.additional_properties = d
        return voice_message

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
