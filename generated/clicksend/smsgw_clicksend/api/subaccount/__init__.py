"""Contains endpoint functions for accessing the API"""

# ours: the operation modules are attributes of their tag package (`api.contacts.get_contact`)
from . import (
    create_subaccount,
    delete_subaccount,
    get_subaccount,
    list_subaccounts,
    regenerate_subaccount_api_key,
    update_subaccount,
)

__all__ = [
    "create_subaccount",
    "delete_subaccount",
    "get_subaccount",
    "list_subaccounts",
    "regenerate_subaccount_api_key",
    "update_subaccount",
]
