"""MMS Campaign: send_mms_campaign, calculate_mms_campaign_price, get_mms_campaign (also at the singular
`/mms-campaign/{id}` of the docs' endpoint line), update_mms_campaign, cancel_mms_campaign, list_mms_campaigns
(the shared rules are in campaigns.py). A campaign answer has no per-message statuses, so an empty subject and a
media file MMS cannot send are the whole request's 400 (SUBJECT_REQUIRED, INVALID_MEDIA_FILE).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from emulator_models import clicksend as models
from starlette.responses import Response

from ...core import Call
from ..auth import Caller
from ..errors import bad_request
from ..sending import valid_media
from ..state import AccountState, Campaign, Store
from . import campaigns, operation
from .common import answer, paged, unix_time


def campaign_wire(account: AccountState, campaign: Campaign, now: int) -> dict[str, Any]:
    return {
        "mms_campaign_id": campaign.campaign_id,
        "name": campaign.name,
        "user_id": account.user_id,
        "subaccount_id": campaign.subaccount_id,
        "list_id": campaign.list_id,
        "from": campaign.sender,
        "subject": campaign.subject,
        "file_name": urlsplit(campaign.media_file).path.rsplit("/", 1)[-1],
        "body": campaign.body,
        "schedule": campaign.schedule,
        "status": campaigns.status_of(campaign, now),
        "date_added": campaign.date_added,
        "custom_string": None,
        "country": None,
        "unsubscribe_link": 0,
        "_total_count": campaign.recipients,
        "_list_name": campaign.list_name,
        "_media_file_url": campaign.media_file,
    }


def drafted(
    call: Call[Any, Caller], body: models.MmsCampaignRequest, campaign_id: int, now: int, date_added: int
) -> Campaign:
    """The campaign a body describes, or the 400 for its subject or media file (see campaigns.new_campaign)."""
    if not body.subject.strip():
        raise bad_request("Usually happens when MMS Subject is empty.", "SUBJECT_REQUIRED")
    if not valid_media(body.media_file):
        raise bad_request("Usually MMS media file is invalid file.", "INVALID_MEDIA_FILE")
    fields = {
        "list_id": body.list_id,
        "name": body.name,
        "body": body.body,
        "sender": body.from_,
        "schedule": unix_time(body.schedule),
        "subject": body.subject,
        "media_file": body.media_file,
    }
    return campaigns.new_campaign(call, "mms", campaign_id, fields, now, date_added)


@operation("send_mms_campaign")
def send_mms_campaign(store: Store, call: Call[models.MmsCampaignRequest, Caller]) -> Response:
    account, now = call.principal.account, store.now()
    campaign = drafted(call, call.body, account.mms_campaigns.issue_id(), now, now)
    campaigns.start(account, call.principal.subaccount, account.mms_campaigns, campaign, now)
    return answer(campaign_wire(account, campaign, now), "MMS campaign has been created.")


@operation("calculate_mms_campaign_price")
def calculate_mms_campaign_price(store: Store, call: Call[models.MmsCampaignRequest, Caller]) -> Response:
    account, now = call.principal.account, store.now()
    campaign = drafted(call, call.body, 0, now, now)
    message = {"from": campaign.sender, "schedule": campaign.schedule, "body": campaigns.preview(account, campaign)}
    return answer(campaigns.price(account, campaign, now, message), "Here is your result.")


@operation("get_mms_campaign")
def get_mms_campaign(store: Store, call: Call[None, Caller]) -> Response:
    account = call.principal.account
    campaign = account.mms_campaigns.get(call.path["mms_campaign_id"])
    return answer(campaign_wire(account, campaign, store.now()), "Here is your result.")


@operation("update_mms_campaign")
def update_mms_campaign(store: Store, call: Call[models.MmsCampaignRequest, Caller]) -> Response:
    account, now = call.principal.account, store.now()
    old = account.mms_campaigns.get(call.path["mms_campaign_id"])
    campaigns.changeable(old, now, "updated")
    campaign = drafted(call, call.body, old.campaign_id, now, old.date_added)
    campaigns.replace(account, call.principal.subaccount, account.mms_campaigns, old, campaign, now)
    return answer(campaign_wire(account, campaign, now), "MMS campaign has been updated.")


@operation("cancel_mms_campaign")
def cancel_mms_campaign(store: Store, call: Call[None, Caller]) -> Response:
    account, now = call.principal.account, store.now()
    campaign = account.mms_campaigns.get(call.path["mms_campaign_id"])
    campaigns.cancel_campaign(account, campaign, now)
    return answer(campaign_wire(account, campaign, now), "Scheduled MMS campaign has been cancelled.")


@operation("list_mms_campaigns")
def list_mms_campaigns(store: Store, call: Call[None, Caller]) -> Response:
    account, now = call.principal.account, store.now()
    return answer(paged(call, [campaign_wire(account, campaign, now) for campaign in account.mms_campaigns]))
