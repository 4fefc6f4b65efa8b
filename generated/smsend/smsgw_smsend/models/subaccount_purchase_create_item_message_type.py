from typing import Literal

SubaccountPurchaseCreateItemMessageType = Literal["L", "LL", "N"]

SUBACCOUNT_PURCHASE_CREATE_ITEM_MESSAGE_TYPE_VALUES: set[SubaccountPurchaseCreateItemMessageType] = {
    "L",
    "LL",
    "N",
}


def check_subaccount_purchase_create_item_message_type(value: str) -> SubaccountPurchaseCreateItemMessageType:
    if value in SUBACCOUNT_PURCHASE_CREATE_ITEM_MESSAGE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBACCOUNT_PURCHASE_CREATE_ITEM_MESSAGE_TYPE_VALUES!r}"
    )
