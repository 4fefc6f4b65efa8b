from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voice_receipt_message_type import VoiceReceiptMessageType, check_voice_receipt_message_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="VoiceReceipt")


@_attrs_define
class VoiceReceipt:
    """A voice delivery receipt."""

    timestamp_send: int | str
    """ Unix seconds (UTC); the service sends an integer or a numeric string. """
    timestamp: int | str
    """ Unix seconds (UTC); the service sends an integer or a numeric string. """
    message_id: str
    """ The message id, as Send Voice Message gave it (an uppercase UUID). """
    status_code: str
    """ Status code (the docs' Voice Delivery Status Codes), e.g. `201`. """
    status_text: str
    error_code: None | str
    error_text: None | str
    custom_string: None | str
    message_type: VoiceReceiptMessageType
    digits: str
    """ What the recipient pressed on their keypad; blank if nothing. """
    status: str | Unset = UNSET
    """ `Delivered` or `Undelivered` (in pushed receipts). """
    user_id: int | Unset = UNSET
    """ The user who sent the message (in pushed receipts). """
    subaccount_id: int | Unset = UNSET
    """ The subaccount that sent the message (in pushed receipts). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp_send: int | str
        timestamp_send = self.timestamp_send

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

        message_type: str = self.message_type

        digits = self.digits

        status = self.status

        user_id = self.user_id

        subaccount_id = self.subaccount_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp_send": timestamp_send,
                "timestamp": timestamp,
                "message_id": message_id,
                "status_code": status_code,
                "status_text": status_text,
                "error_code": error_code,
                "error_text": error_text,
                "custom_string": custom_string,
                "message_type": message_type,
                "digits": digits,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if subaccount_id is not UNSET:
            field_dict["subaccount_id"] = subaccount_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_timestamp_send(data: object) -> int | str:
            return cast(int | str, data)

        timestamp_send = _parse_timestamp_send(d.pop("timestamp_send"))

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

        message_type = check_voice_receipt_message_type(d.pop("message_type"))

        digits = d.pop("digits")

        status = d.pop("status", UNSET)

        user_id = d.pop("user_id", UNSET)

        subaccount_id = d.pop("subaccount_id", UNSET)

        voice_receipt = cls(
            timestamp_send=timestamp_send,
            timestamp=timestamp,
            message_id=message_id,
            status_code=status_code,
            status_text=status_text,
            error_code=error_code,
            error_text=error_text,
            custom_string=custom_string,
            message_type=message_type,
            digits=digits,
            status=status,
            user_id=user_id,
            subaccount_id=subaccount_id,
        )

        voice_receipt.additional_properties = d
        return voice_receipt

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
