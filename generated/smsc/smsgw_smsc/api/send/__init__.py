"""Contains endpoint functions for accessing the API"""

# ours: the operation modules are attributes of their tag package (`api.contacts.get_contact`)
from . import (
    get_send_cost,
    send_email,
    send_hlr,
    send_mms,
    send_ping,
    send_sms,
    send_sms_list,
    send_viber,
    send_voice_call,
)

__all__ = [
    "get_send_cost",
    "send_email",
    "send_hlr",
    "send_mms",
    "send_ping",
    "send_sms",
    "send_sms_list",
    "send_viber",
    "send_voice_call",
]
