"""Contains endpoint functions for accessing the API"""

# ours: the operation modules are attributes of their tag package (`api.contacts.get_contact`)
from . import (
    calculate_voice_price,
    cancel_all_voice_messages,
    cancel_voice_message,
    export_voice_history,
    list_voice_history,
    list_voice_languages,
    list_voice_receipts,
    send_voice,
)

__all__ = [
    "calculate_voice_price",
    "cancel_all_voice_messages",
    "cancel_voice_message",
    "export_voice_history",
    "list_voice_history",
    "list_voice_languages",
    "list_voice_receipts",
    "send_voice",
]
