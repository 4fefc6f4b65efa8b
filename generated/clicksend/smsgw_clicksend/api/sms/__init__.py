"""Contains endpoint functions for accessing the API"""

# ours: the operation modules are attributes of their tag package (`api.contacts.get_contact`)
from . import (
    calculate_sms_price,
    cancel_all_sms,
    cancel_sms,
    create_sms_template,
    create_test_inbound_sms,
    create_test_sms_receipt,
    delete_sms_template,
    export_sms_history,
    get_sms_receipt,
    list_inbound_sms,
    list_sms_history,
    list_sms_receipts,
    list_sms_templates,
    mark_inbound_sms_as_read,
    mark_inbound_sms_message_as_read,
    mark_sms_receipts_as_read,
    send_sms,
    update_sms_template,
)

__all__ = [
    "calculate_sms_price",
    "cancel_all_sms",
    "cancel_sms",
    "create_sms_template",
    "create_test_inbound_sms",
    "create_test_sms_receipt",
    "delete_sms_template",
    "export_sms_history",
    "get_sms_receipt",
    "list_inbound_sms",
    "list_sms_history",
    "list_sms_receipts",
    "list_sms_templates",
    "mark_inbound_sms_as_read",
    "mark_inbound_sms_message_as_read",
    "mark_sms_receipts_as_read",
    "send_sms",
    "update_sms_template",
]
