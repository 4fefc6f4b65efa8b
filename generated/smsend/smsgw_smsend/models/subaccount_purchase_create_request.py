from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.subaccount_purchase_create_item import SubaccountPurchaseCreateItem


T = TypeVar("T", bound="SubaccountPurchaseCreateRequest")


@_attrs_define
class SubaccountPurchaseCreateRequest:
    """A purchase of credits for a subaccount (unverified, reconstructed)."""

    price: float
    """ The total price of the purchase. """
    purchases: list[SubaccountPurchaseCreateItem]
    """ The quantities bought, per message type. """

    def to_dict(self) -> dict[str, Any]:
        price = self.price

        purchases = []
        for purchases_item_data in self.purchases:
            purchases_item = purchases_item_data.to_dict()
            purchases.append(purchases_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "price": price,
                "purchases": purchases,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subaccount_purchase_create_item import SubaccountPurchaseCreateItem  # noqa: PLC0415

        d = dict(src_dict)
        price = d.pop("price")

        purchases = []
        _purchases = d.pop("purchases")
        for purchases_item_data in _purchases:
            purchases_item = SubaccountPurchaseCreateItem.from_dict(purchases_item_data)

            purchases.append(purchases_item)

        subaccount_purchase_create_request = cls(
            price=price,
            purchases=purchases,
        )

        return subaccount_purchase_create_request
