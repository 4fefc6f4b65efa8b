"""Contains endpoint functions for accessing the API"""

# ours: the operation modules are attributes of their tag package (`api.contacts.get_contact`)
from . import (
    add_sender,
    change_sender,
    check_sender_code,
    delete_sender,
    list_senders,
    send_sender_code,
)

__all__ = [
    "add_sender",
    "change_sender",
    "check_sender_code",
    "delete_sender",
    "list_senders",
    "send_sender_code",
]
