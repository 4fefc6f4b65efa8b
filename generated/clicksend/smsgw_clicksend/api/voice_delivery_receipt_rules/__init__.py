"""Contains endpoint functions for accessing the API"""

# ours: the operation modules are attributes of their tag package (`api.contacts.get_contact`)
from . import (
    create_voice_receipt_rule,
    delete_voice_receipt_rule,
    get_voice_receipt_rule,
    list_voice_receipt_rules,
    update_voice_receipt_rule,
)

__all__ = [
    "create_voice_receipt_rule",
    "delete_voice_receipt_rule",
    "get_voice_receipt_rule",
    "list_voice_receipt_rules",
    "update_voice_receipt_rule",
]
