from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SubaccountPasswordChangeRequest")


@_attrs_define
class SubaccountPasswordChangeRequest:
    passwd: str = _attrs_field(repr=False)
    """ The new password, 8 to 16 characters. """

    def to_dict(self) -> dict[str, Any]:
        passwd = self.passwd

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "passwd": passwd,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        passwd = d.pop("passwd")

        subaccount_password_change_request = cls(
            passwd=passwd,
        )

        return subaccount_password_change_request
