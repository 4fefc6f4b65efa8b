from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsReceipt")


@_attrs_define
class SmsReceipt:
    """An SMS delivery receipt. The docs' list shows `_message_type`, the single receipt `message_type`, and the
    test receipt neither (nor `timestamp_send`).

    """

    timestamp: int | str
    """ Unix seconds (UTC); the service sends an integer or a numeric string. """
    message_id: str
    """ A ClickSend message ID (an uppercase UUID). """
    status_code: str
    """ The delivery status code, e.g. `201`, `Completed` (the docs refer to "SMS Delivery Status Codes", which the
    reference does not list). """
    status_text: str
    error_code: None | str
    error_text: None | str
    custom_string: None | str
    """ The reference given when sending. """
    timestamp_send: int | str | Unset = UNSET
    """ Unix seconds (UTC); the service sends an integer or a numeric string. """
    field_message_type: str | Unset = UNSET
    """ `sms`. """
    message_type: str | Unset = UNSET
    """ `sms`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp: int | str
        timestamp = self.timestamp

        message_id = self.message_id

        status_code = self.status_code

        status_text = self.status_text

        error_code: None | str
        error_code = self.error_code

        error_text: None | str
        error_text = self.error_text

        custom_string: None | str
        custom_string = self.custom_string

        timestamp_send: int | str | Unset
        if isinstance(self.timestamp_send, Unset):
            timestamp_send = UNSET
        else:
            timestamp_send = self.timestamp_send

        field_message_type = self.field_message_type

        message_type = self.message_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
                "message_id": message_id,
                "status_code": status_code,
                "status_text": status_text,
                "error_code": error_code,
                "error_text": error_text,
                "custom_string": custom_string,
            }
        )
        if timestamp_send is not UNSET:
            field_dict["timestamp_send"] = timestamp_send
        if field_message_type is not UNSET:
            field_dict["_message_type"] = field_message_type
        if message_type is not UNSET:
            field_dict["message_type"] = message_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_timestamp(data: object) -> int | str:
            return cast(int | str, data)

        timestamp = _parse_timestamp(d.pop("timestamp"))

        message_id = d.pop("message_id")

        status_code = d.pop("status_code")

        status_text = d.pop("status_text")

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

        def _parse_custom_string(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        custom_string = _parse_custom_string(d.pop("custom_string"))

        def _parse_timestamp_send(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        timestamp_send = _parse_timestamp_send(d.pop("timestamp_send", UNSET))

        field_message_type = d.pop("_message_type", UNSET)

        message_type = d.pop("message_type", UNSET)

        sms_receipt = cls(
            timestamp=timestamp,
            message_id=message_id,
            status_code=status_code,
            status_text=status_text,
            error_code=error_code,
            error_text=error_text,
            custom_string=custom_string,
            timestamp_send=timestamp_send,
            field_message_type=field_message_type,
            message_type=message_type,
        )

        sms_receipt.additional_properties = d
        return sms_receipt

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
