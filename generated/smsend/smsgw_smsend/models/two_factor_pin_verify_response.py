from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.two_factor_pin_verify_response_status import (
    TwoFactorPinVerifyResponseStatus,
    check_two_factor_pin_verify_response_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TwoFactorPinVerifyResponse")


@_attrs_define
class TwoFactorPinVerifyResponse:
    """Result of a PIN verification."""

    status: TwoFactorPinVerifyResponseStatus
    """ OK when the PIN is valid, ERROR when it is wrong. """
    tries_remaining: int | Unset = UNSET
    """ The number of tries remaining (with ERROR). """
    error: str | Unset = UNSET
    """ The error message (with ERROR), e.g. "Wrong pin". """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        tries_remaining = self.tries_remaining

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if tries_remaining is not UNSET:
            field_dict["triesRemaining"] = tries_remaining
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = check_two_factor_pin_verify_response_status(d.pop("status"))

        tries_remaining = d.pop("triesRemaining", UNSET)

        error = d.pop("error", UNSET)

        two_factor_pin_verify_response = cls(
            status=status,
            tries_remaining=tries_remaining,
            error=error,
        )

        two_factor_pin_verify_response.additional_properties = d
        return two_factor_pin_verify_response

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
