from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TwoFactorPinSendRequest")


@_attrs_define
class TwoFactorPinSendRequest:
    """Body of `request_2fa_pin`."""

    recipient: str
    """ International phone number, `+` or `00` followed by country code and number. """
    sender_name: str | Unset = UNSET
    """ The sender name (1-11 letters or digits) or number (up to 16 digits) of the SMS. Default: the
    preferred sender name. The docs give a 400 for an invalid sender name without the rule; the spec states
    the usual SMS sender limits.
     """
    expiry: int | Unset = 60
    """ The PIN's validity, in minutes. """
    message_body: str | Unset = UNSET
    """ The message body; `%PIN%` marks where the PIN goes, otherwise it is appended. Default a standard message per
    language. """

    def to_dict(self) -> dict[str, Any]:
        recipient = self.recipient

        sender_name = self.sender_name

        expiry = self.expiry

        message_body = self.message_body

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "recipient": recipient,
            }
        )
        if sender_name is not UNSET:
            field_dict["senderName"] = sender_name
        if expiry is not UNSET:
            field_dict["expiry"] = expiry
        if message_body is not UNSET:
            field_dict["messageBody"] = message_body

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        recipient = d.pop("recipient")

        sender_name = d.pop("senderName", UNSET)

        expiry = d.pop("expiry", UNSET)

        message_body = d.pop("messageBody", UNSET)

        two_factor_pin_send_request = cls(
            recipient=recipient,
            sender_name=sender_name,
            expiry=expiry,
            message_body=message_body,
        )

        return two_factor_pin_send_request
