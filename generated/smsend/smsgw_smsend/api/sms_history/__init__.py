"""Contains endpoint functions for accessing the API"""

# ours: the operation modules are attributes of their tag package (`api.contacts.get_contact`)
from . import (
    get_sms_history,
)

__all__ = [
    "get_sms_history",
]
