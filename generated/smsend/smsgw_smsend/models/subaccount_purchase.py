from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subaccount_credit import SubaccountCredit


T = TypeVar("T", bound="SubaccountPurchase")


@_attrs_define
class SubaccountPurchase:
    """A purchase of credits by a subaccount (unverified, reconstructed)."""

    id: int | Unset = UNSET
    """ The purchase ID. """
    price: float | None | Unset = UNSET
    create_time: None | str | Unset = UNSET
    """ Creation time, `yyyyMMddHHmmss`. """
    purchases: list[SubaccountCredit] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        price: float | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        create_time: None | str | Unset
        if isinstance(self.create_time, Unset):
            create_time = UNSET
        else:
            create_time = self.create_time

        purchases: list[dict[str, Any]] | None | Unset
        if isinstance(self.purchases, Unset):
            purchases = UNSET
        elif isinstance(self.purchases, list):
            purchases = []
            for purchases_type_0_item_data in self.purchases:
                purchases_type_0_item = purchases_type_0_item_data.to_dict()
                purchases.append(purchases_type_0_item)

        else:
            purchases = self.purchases

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if price is not UNSET:
            field_dict["price"] = price
        if create_time is not UNSET:
            field_dict["create-time"] = create_time
        if purchases is not UNSET:
            field_dict["purchases"] = purchases

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subaccount_credit import SubaccountCredit  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        price = _parse_price(d.pop("price", UNSET))

        def _parse_create_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        create_time = _parse_create_time(d.pop("create-time", UNSET))

        def _parse_purchases(data: object) -> list[SubaccountCredit] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                purchases_type_0 = []
                _purchases_type_0 = data
                for purchases_type_0_item_data in _purchases_type_0:
                    purchases_type_0_item = SubaccountCredit.from_dict(purchases_type_0_item_data)

                    purchases_type_0.append(purchases_type_0_item)

                return purchases_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SubaccountCredit] | None | Unset, data)

        purchases = _parse_purchases(d.pop("purchases", UNSET))

        subaccount_purchase = cls(
            id=id,
            price=price,
            create_time=create_time,
            purchases=purchases,
        )

        subaccount_purchase.additional_properties = d
        return subaccount_purchase

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
