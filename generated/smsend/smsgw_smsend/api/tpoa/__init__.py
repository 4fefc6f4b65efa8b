"""Contains endpoint functions for accessing the API"""

# ours: the operation modules are attributes of their tag package (`api.contacts.get_contact`)
from . import (
    create_alias,
    delete_alias,
    get_alias,
    list_aliases,
)

__all__ = [
    "create_alias",
    "delete_alias",
    "get_alias",
    "list_aliases",
]
