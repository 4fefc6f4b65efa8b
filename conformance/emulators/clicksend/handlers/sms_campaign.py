"""SMS Campaign: send_sms_campaign, calculate_sms_campaign_price, get_sms_campaign, update_sms_campaign,
cancel_sms_campaign, list_sms_campaigns (the shared rules are in campaigns.py).

Sending adds the opt-out placeholder ` StopMsg.me/xxxxx` to a body that has no opt-out ("reply STOP" or the
placeholder), as the docs' send example shows (update's example does not: an update keeps the body as given).
Short URLs: the literal `smsu.io/xxxxx` in `body` becomes a short link to `url_to_shorten`; one without the other
is a 400, as the docs say ("an error will be returned").
"""

from __future__ import annotations

import re
import secrets
import string
from typing import Any

from emulator_models import clicksend as models
from starlette.responses import Response

from ...core import Call
from ..auth import Caller
from ..errors import bad_request
from ..state import AccountState, Campaign, Store
from . import campaigns, operation
from .common import answer, paged

SHORT_URL_PLACEHOLDER = "smsu.io/xxxxx"
OPT_OUT_PLACEHOLDER = "StopMsg.me/xxxxx"
OPT_OUT = re.compile(r"\bstop\b", re.IGNORECASE)


def campaign_wire(account: AccountState, campaign: Campaign, now: int, counted: bool = True) -> dict[str, Any]:
    """The campaign as the answers show it (`counted`: with `ip_address` and `_total_count`, which the send answer
    lacks)."""
    wire: dict[str, Any] = {
        "sms_campaign_id": campaign.campaign_id,
        "name": campaign.name,
        "user_id": account.user_id,
        "subaccount_id": campaign.subaccount_id,
        "list_id": campaign.list_id,
        "from": campaign.sender,
        "body": campaign.body,
        "schedule": str(campaign.schedule),
        "status": campaigns.status_of(campaign, now),
        "date_added": str(campaign.date_added),
        "custom_string": None,
        "source": None,
    }
    if counted:
        wire |= {"ip_address": campaign.ip_address, "_total_count": campaign.recipients}
    return wire


def drafted(
    call: Call[Any, Caller], body: models.SmsCampaignInput, campaign_id: int, now: int, date_added: int
) -> Campaign:
    fields = {
        "list_id": body.list_id,
        "name": body.name,
        "body": body.body,
        "sender": body.from_,
        "schedule": body.schedule,
    }
    return campaigns.new_campaign(call, "sms", campaign_id, fields, now, date_added)


def shortened(body: str, url: str | None) -> str:
    if (SHORT_URL_PLACEHOLDER in body) != (url is not None):
        raise bad_request(
            f"Give both `url_to_shorten` and the literal {SHORT_URL_PLACEHOLDER} in the body, or neither."
        )
    code = "".join(secrets.choice(string.ascii_letters + string.digits) for _ in range(5))
    return body.replace(SHORT_URL_PLACEHOLDER, f"smsu.io/{code}")


@operation("send_sms_campaign")
def send_sms_campaign(store: Store, call: Call[models.SmsCampaignSendInput, Caller]) -> Response:
    account, now = call.principal.account, store.now()
    body = shortened(call.body.body, call.body.url_to_shorten)
    if not OPT_OUT.search(body) and OPT_OUT_PLACEHOLDER not in body:
        body = f"{body} {OPT_OUT_PLACEHOLDER}"
    campaign = drafted(call, call.body, account.sms_campaigns.issue_id(), now, now)
    campaign.body = body
    campaigns.start(account, call.principal.subaccount, account.sms_campaigns, campaign, now)
    return answer(campaign_wire(account, campaign, now, counted=False), "Your new campaign has been added.")


@operation("calculate_sms_campaign_price")
def calculate_sms_campaign_price(store: Store, call: Call[models.SmsCampaignInput, Caller]) -> Response:
    account, now = call.principal.account, store.now()
    campaign = drafted(call, call.body, 0, now, now)
    message = {"from": campaign.sender, "body": campaigns.preview(account, campaign), "schedule": campaign.schedule}
    return answer(campaigns.price(account, campaign, now, message), "Here is your price for your SMS Campaign.")


@operation("get_sms_campaign")
def get_sms_campaign(store: Store, call: Call[None, Caller]) -> Response:
    account = call.principal.account
    campaign = account.sms_campaigns.get(call.path["sms_campaign_id"])
    return answer(campaign_wire(account, campaign, store.now()), "Your SMS Campaign.")


@operation("update_sms_campaign")
def update_sms_campaign(store: Store, call: Call[models.SmsCampaignInput, Caller]) -> Response:
    account, now = call.principal.account, store.now()
    old = account.sms_campaigns.get(call.path["sms_campaign_id"])
    campaigns.changeable(old, now, "updated")
    campaign = drafted(call, call.body, old.campaign_id, now, old.date_added)
    campaigns.replace(account, call.principal.subaccount, account.sms_campaigns, old, campaign, now)
    return answer(campaign_wire(account, campaign, now), "Your SMS Campaign has been updated.")


@operation("cancel_sms_campaign")
def cancel_sms_campaign(store: Store, call: Call[None, Caller]) -> Response:
    account, now = call.principal.account, store.now()
    campaign = account.sms_campaigns.get(call.path["sms_campaign_id"])
    campaigns.cancel_campaign(account, campaign, now)
    return answer(campaign_wire(account, campaign, now), "Your SMS Campaign has been cancelled.")


@operation("list_sms_campaigns")
def list_sms_campaigns(store: Store, call: Call[None, Caller]) -> Response:
    account, now = call.principal.account, store.now()
    listed = [campaign_wire(account, campaign, now) for campaign in account.sms_campaigns]
    return answer(paged(call, listed), "Here are your SMS campaigns.")
