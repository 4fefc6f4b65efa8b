"""Contains endpoint functions for accessing the API"""

# ours: the operation modules are attributes of their tag package (`api.contacts.get_contact`)
from . import (
    create_email_receipt_rule,
    delete_email_receipt_rule,
    get_email_receipt_rule,
    list_email_receipt_rules,
    update_email_receipt_rule,
)

__all__ = [
    "create_email_receipt_rule",
    "delete_email_receipt_rule",
    "get_email_receipt_rule",
    "list_email_receipt_rules",
    "update_email_receipt_rule",
]
