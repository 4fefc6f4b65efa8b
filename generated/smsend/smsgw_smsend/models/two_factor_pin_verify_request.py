from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="TwoFactorPinVerifyRequest")


@_attrs_define
class TwoFactorPinVerifyRequest:
    """Body of `verify_2fa_pin`."""

    recipient: str
    """ International phone number, `+` or `00` followed by country code and number. """
    pin: str
    """ The PIN entered by the user. """

    def to_dict(self) -> dict[str, Any]:
        recipient = self.recipient

        pin = self.pin

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "recipient": recipient,
                "pin": pin,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        recipient = d.pop("recipient")

        pin = d.pop("pin")

        two_factor_pin_verify_request = cls(
            recipient=recipient,
            pin=pin,
        )

        return two_factor_pin_verify_request
