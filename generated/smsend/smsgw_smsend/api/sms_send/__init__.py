"""Contains endpoint functions for accessing the API"""

# ours: the operation modules are attributes of their tag package (`api.contacts.get_contact`)
from . import (
    delete_scheduled_sms,
    get_sms_state,
    send_parametric_sms,
    send_sms,
    send_sms_to_groups,
)

__all__ = [
    "delete_scheduled_sms",
    "get_sms_state",
    "send_parametric_sms",
    "send_sms",
    "send_sms_to_groups",
]
