"""Contains endpoint functions for accessing the API"""

# ours: the operation modules are attributes of their tag package (`api.contacts.get_contact`)
from . import (
    calculate_mms_campaign_price,
    cancel_mms_campaign,
    get_mms_campaign,
    list_mms_campaigns,
    send_mms_campaign,
    update_mms_campaign,
)

__all__ = [
    "calculate_mms_campaign_price",
    "cancel_mms_campaign",
    "get_mms_campaign",
    "list_mms_campaigns",
    "send_mms_campaign",
    "update_mms_campaign",
]
