"""Contains endpoint functions for accessing the API"""

# ours: the operation modules are attributes of their tag package (`api.contacts.get_contact`)
from . import (
    create_fax_receipt_rule,
    delete_fax_receipt_rule,
    get_fax_receipt_rule,
    list_fax_receipt_rules,
    update_fax_receipt_rule,
)

__all__ = [
    "create_fax_receipt_rule",
    "delete_fax_receipt_rule",
    "get_fax_receipt_rule",
    "list_fax_receipt_rules",
    "update_fax_receipt_rule",
]
