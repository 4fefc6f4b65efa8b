"""Contains endpoint functions for accessing the API"""

# ours: the operation modules are attributes of their tag package (`api.contacts.get_contact`)
from . import (
    send_message_to_phone,
    send_message_to_sender_code,
)

__all__ = [
    "send_message_to_phone",
    "send_message_to_sender_code",
]
