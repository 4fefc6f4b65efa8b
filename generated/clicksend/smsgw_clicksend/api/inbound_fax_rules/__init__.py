"""Contains endpoint functions for accessing the API"""

# ours: the operation modules are attributes of their tag package (`api.contacts.get_contact`)
from . import (
    create_fax_inbound_rule,
    delete_fax_inbound_rule,
    get_fax_inbound_rule,
    list_fax_inbound_rules,
    update_fax_inbound_rule,
)

__all__ = [
    "create_fax_inbound_rule",
    "delete_fax_inbound_rule",
    "get_fax_inbound_rule",
    "list_fax_inbound_rules",
    "update_fax_inbound_rule",
]
