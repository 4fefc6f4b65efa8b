"""Contains endpoint functions for accessing the API"""

# ours: the operation modules are attributes of their tag package (`api.contacts.get_contact`)
from . import (
    create_email_sms_allowed_address,
    create_email_sms_stripped_string,
    delete_email_sms_stripped_string,
    get_email_sms_stripped_string,
    list_email_sms_allowed_addresses,
    list_email_sms_stripped_strings,
    update_email_sms_stripped_string,
)

__all__ = [
    "create_email_sms_allowed_address",
    "create_email_sms_stripped_string",
    "delete_email_sms_stripped_string",
    "get_email_sms_stripped_string",
    "list_email_sms_allowed_addresses",
    "list_email_sms_stripped_strings",
    "update_email_sms_stripped_string",
]
