from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.currency import Currency
    from ..models.voice_message import VoiceMessage


T = TypeVar("T", bound="VoiceSendResult")


@_attrs_define
class VoiceSendResult:
    """The messages queued (or priced), their total and the currency."""

    total_price: float | str
    """ An amount of money; the service sends a number or a decimal string (`"4.998000"`). """
    total_count: int
    """ Messages in the request. """
    queued_count: int
    """ Messages queued (status SUCCESS). """
    messages: list[VoiceMessage]
    field_currency: Currency
    """ The account's currency (the `_currency` of price, usage and statistics answers). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_price: float | str
        total_price = self.total_price

        total_count = self.total_count

        queued_count = self.queued_count

        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        field_currency = self.field_currency.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_price": total_price,
                "total_count": total_count,
                "queued_count": queued_count,
                "messages": messages,
                "_currency": field_currency,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.voice_message import VoiceMessage  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_total_price(data: object) -> float | str:
            return cast(float | str, data)

        total_price = _parse_total_price(d.pop("total_price"))

        total_count = d.pop("total_count")

        queued_count = d.pop("queued_count")

        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = VoiceMessage.from_dict(messages_item_data)

            messages.append(messages_item)

        field_currency = Currency.from_dict(d.pop("_currency"))

        voice_send_result = cls(
            total_price=total_price,
            total_count=total_count,
            queued_count=queued_count,
            messages=messages,
            field_currency=field_currency,
        )

        voice_send_result.additional_properties = d
        return voice_send_result

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
