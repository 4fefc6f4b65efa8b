"""Contains endpoint functions for accessing the API"""

# ours: the operation modules are attributes of their tag package (`api.contacts.get_contact`)
from . import (
    calculate_sms_campaign_price,
    cancel_sms_campaign,
    get_sms_campaign,
    list_sms_campaigns,
    send_sms_campaign,
    update_sms_campaign,
)

__all__ = [
    "calculate_sms_campaign_price",
    "cancel_sms_campaign",
    "get_sms_campaign",
    "list_sms_campaigns",
    "send_sms_campaign",
    "update_sms_campaign",
]
