"""Contains endpoint functions for accessing the API"""

# ours: the operation modules are attributes of their tag package (`api.contacts.get_contact`)
from . import (
    create_post_return_address,
    delete_post_return_address,
    get_post_return_address,
    list_post_return_addresses,
    update_post_return_address,
)

__all__ = [
    "create_post_return_address",
    "delete_post_return_address",
    "get_post_return_address",
    "list_post_return_addresses",
    "update_post_return_address",
]
