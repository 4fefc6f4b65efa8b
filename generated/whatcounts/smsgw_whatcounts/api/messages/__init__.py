"""Contains endpoint functions for accessing the API"""

# ours: the operation modules are attributes of their tag package (`api.contacts.get_contact`)
from . import (
    create_message,
    get_messages,
)

__all__ = [
    "create_message",
    "get_messages",
]
