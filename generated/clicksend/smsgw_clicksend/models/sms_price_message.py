from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SmsPriceMessage")


@_attrs_define
class SmsPriceMessage:
    """One priced message, as Calculate SMS Price answers it."""

    to: str
    body: str
    from_: str
    schedule: int | str
    """ Unix seconds (UTC); the service sends an integer or a numeric string. """
    message_parts: float | str
    """ The parts (messages charged) of a message; a number, or a decimal string (`"1.00"`). """
    message_price: float | str
    """ An amount of money; the service sends a number or a decimal string (`"4.998000"`). """
    custom_string: None | str
    country: str
    status: str
    """ A message's own status: `SUCCESS` (queued; use delivery reports for the delivery), or why it was refused:
    one of the application codes of the introduction (`info.x-application-codes`), e.g. INVALID_RECIPIENT,
    COUNTRY_NOT_ENABLED, INVALID_SENDER_ID, INSUFFICIENT_CREDIT, THROTTLED (identical body recently sent to
    the same recipient), EMPTY_MESSAGE, TOO_MANY_RECIPIENTS. Not an enum, so that a client reads a code the
    docs may add.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        to = self.to

        body = self.body

        from_ = self.from_

        schedule: int | str
        schedule = self.schedule

        message_parts: float | str
        message_parts = self.message_parts

        message_price: float | str
        message_price = self.message_price

        custom_string: None | str
        custom_string = self.custom_string

        country = self.country

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "to": to,
                "body": body,
                "from": from_,
                "schedule": schedule,
                "message_parts": message_parts,
                "message_price": message_price,
                "custom_string": custom_string,
                "country": country,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        to = d.pop("to")

        body = d.pop("body")

        from_ = d.pop("from")

        def _parse_schedule(data: object) -> int | str:
            return cast(int | str, data)

        schedule = _parse_schedule(d.pop("schedule"))

        def _parse_message_parts(data: object) -> float | str:
            return cast(float | str, data)

        message_parts = _parse_message_parts(d.pop("message_parts"))

        def _parse_message_price(data: object) -> float | str:
            return cast(float | str, data)

        message_price = _parse_message_price(d.pop("message_price"))

        def _parse_custom_string(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        custom_string = _parse_custom_string(d.pop("custom_string"))

        country = d.pop("country")

        status = d.pop("status")

        sms_price_message = cls(
            to=to,
            body=body,
            from_=from_,
            schedule=schedule,
            message_parts=message_parts,
            message_price=message_price,
            custom_string=custom_string,
            country=country,
            status=status,
        )

        sms_price_message.additional_properties = d
        return sms_price_message

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
