"""Contains endpoint functions for accessing the API"""

# ours: the operation modules are attributes of their tag package (`api.contacts.get_contact`)
from . import (
    delete_message,
    get_status,
    get_statuses,
)

__all__ = [
    "delete_message",
    "get_status",
    "get_statuses",
]
