from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.subaccount_credit_move_request_message_type import (
    SubaccountCreditMoveRequestMessageType,
    check_subaccount_credit_move_request_message_type,
)

T = TypeVar("T", bound="SubaccountCreditMoveRequest")


@_attrs_define
class SubaccountCreditMoveRequest:
    """A credit move between the superaccount and a subaccount (unverified, reconstructed)."""

    credits_: int
    """ Number of credits to move: positive from the superaccount to the subaccount, negative back to the
    superaccount. """
    message_type: SubaccountCreditMoveRequestMessageType
    """ The message type the credits are for: N (high quality), L (medium), LL (low cost). """

    def to_dict(self) -> dict[str, Any]:
        credits_ = self.credits_

        message_type: str = self.message_type

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "credits": credits_,
                "message_type": message_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        credits_ = d.pop("credits")

        message_type = check_subaccount_credit_move_request_message_type(d.pop("message_type"))

        subaccount_credit_move_request = cls(
            credits_=credits_,
            message_type=message_type,
        )

        return subaccount_credit_move_request
