"""Contains endpoint functions for accessing the API"""

# ours: the operation modules are attributes of their tag package (`api.contacts.get_contact`)
from . import (
    add_number_to_sms_blacklist,
    add_numbers_to_sms_blacklist,
    list_sms_blacklist,
)

__all__ = [
    "add_number_to_sms_blacklist",
    "add_numbers_to_sms_blacklist",
    "list_sms_blacklist",
]
