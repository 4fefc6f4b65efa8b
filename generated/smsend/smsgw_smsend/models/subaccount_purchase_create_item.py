from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.subaccount_purchase_create_item_message_type import (
    SubaccountPurchaseCreateItemMessageType,
    check_subaccount_purchase_create_item_message_type,
)

T = TypeVar("T", bound="SubaccountPurchaseCreateItem")


@_attrs_define
class SubaccountPurchaseCreateItem:
    message_type: SubaccountPurchaseCreateItemMessageType
    """ N (high quality), L (medium), LL (low cost). """
    quantity: int
    """ The number of messages bought. """

    def to_dict(self) -> dict[str, Any]:
        message_type: str = self.message_type

        quantity = self.quantity

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "message_type": message_type,
                "quantity": quantity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_type = check_subaccount_purchase_create_item_message_type(d.pop("message_type"))

        quantity = d.pop("quantity")

        subaccount_purchase_create_item = cls(
            message_type=message_type,
            quantity=quantity,
        )

        return subaccount_purchase_create_item
