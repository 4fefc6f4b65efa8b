"""Contains endpoint functions for accessing the API"""

# ours: the operation modules are attributes of their tag package (`api.contacts.get_contact`)
from . import (
    create_sms_inbound_rule,
    delete_sms_inbound_rule,
    get_sms_inbound_rule,
    list_sms_inbound_rules,
    update_sms_inbound_rule,
)

__all__ = [
    "create_sms_inbound_rule",
    "delete_sms_inbound_rule",
    "get_sms_inbound_rule",
    "list_sms_inbound_rules",
    "update_sms_inbound_rule",
]
