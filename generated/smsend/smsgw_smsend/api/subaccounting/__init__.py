"""Contains endpoint functions for accessing the API"""

# ours: the operation modules are attributes of their tag package (`api.contacts.get_contact`)
from . import (
    change_subaccount_password,
    create_subaccount,
    create_subaccount_purchase,
    delete_subaccount_purchase,
    edit_subaccount,
    get_subaccount,
    get_subaccount_credits,
    list_subaccount_purchases,
    list_subaccounts,
    move_subaccount_credits,
)

__all__ = [
    "change_subaccount_password",
    "create_subaccount",
    "create_subaccount_purchase",
    "delete_subaccount_purchase",
    "edit_subaccount",
    "get_subaccount",
    "get_subaccount_credits",
    "list_subaccount_purchases",
    "list_subaccounts",
    "move_subaccount_credits",
]
