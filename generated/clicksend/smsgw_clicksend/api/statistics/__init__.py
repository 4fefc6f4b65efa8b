"""Contains endpoint functions for accessing the API"""

# ours: the operation modules are attributes of their tag package (`api.contacts.get_contact`)
from . import (
    get_sms_statistics,
    get_voice_statistics,
)

__all__ = [
    "get_sms_statistics",
    "get_voice_statistics",
]
