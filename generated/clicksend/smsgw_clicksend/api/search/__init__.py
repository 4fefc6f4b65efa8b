"""Contains endpoint functions for accessing the API"""

# ours: the operation modules are attributes of their tag package (`api.contacts.get_contact`)
from . import (
    search_contact_lists,
)

__all__ = [
    "search_contact_lists",
]
