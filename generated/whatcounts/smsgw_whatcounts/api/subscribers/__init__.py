"""Contains endpoint functions for accessing the API"""

# ours: the operation modules are attributes of their tag package (`api.contacts.get_contact`)
from . import (
    add_phone_to_sender_code,
    add_subscriber_to_sender_code,
    stop_subscriber_send,
)

__all__ = [
    "add_phone_to_sender_code",
    "add_subscriber_to_sender_code",
    "stop_subscriber_send",
]
