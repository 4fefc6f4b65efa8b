from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AccountForgotPasswordVerifyRequest")


@_attrs_define
class AccountForgotPasswordVerifyRequest:
    """The emailed verification code and the new password."""

    subaccount_id: int
    """ The subaccount whose password is set (ask the administrator if unknown). """
    activation_token: str = _attrs_field(repr=False)
    """ The verification code from Forgot Password's email (a UUID in the docs' sample). """
    password: str = _attrs_field(repr=False)
    """ The new password. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subaccount_id = self.subaccount_id

        activation_token = self.activation_token

        password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subaccount_id": subaccount_id,
                "activation_token": activation_token,
                "password": password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subaccount_id = d.pop("subaccount_id")

        activation_token = d.pop("activation_token")

        password = d.pop("password")

        account_forgot_password_verify_request = cls(
            subaccount_id=subaccount_id,
            activation_token=activation_token,
            password=password,
        )

        account_forgot_password_verify_request.additional_properties = d
        return account_forgot_password_verify_request

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
