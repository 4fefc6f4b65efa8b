"""Contains endpoint functions for accessing the API"""

# ours: the operation modules are attributes of their tag package (`api.contacts.get_contact`)
from . import (
    get_new_received_sms,
    get_new_received_sms_for_sims,
    list_mo_received_sms,
    list_received_sms,
    list_received_sms_after_message,
    list_received_sms_for_sims,
)

__all__ = [
    "get_new_received_sms",
    "get_new_received_sms_for_sims",
    "list_mo_received_sms",
    "list_received_sms",
    "list_received_sms_after_message",
    "list_received_sms_for_sims",
]
