"""Contains endpoint functions for accessing the API"""

# ours: the operation modules are attributes of their tag package (`api.contacts.get_contact`)
from . import (
    calculate_mms_price,
    export_mms_history,
    list_mms_history,
    send_mms,
)

__all__ = [
    "calculate_mms_price",
    "export_mms_history",
    "list_mms_history",
    "send_mms",
]
