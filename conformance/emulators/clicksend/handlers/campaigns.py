"""What SMS and MMS campaigns share: a campaign is one message to every contact (with a phone number) of a list,
now or at `schedule`; its messages go in the history like any others, personalised (`(First Name)`, ...) and
charged by the same rules (sending.py), those that cannot go (a bad number, a country not selected) left out.

A campaign the balance cannot pay is refused whole: 400 INSUFFICIENT_CREDIT (a campaign answer has no
per-message statuses). Its state, from the clock: Scheduled until its time, Queued, then Sent; Cancelled. It can
be updated or cancelled only while Scheduled (400 otherwise): an update replaces its messages, a cancellation
cancels them, and either gives their price back.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

from ...core import ApiError, Call
from ...core.resources import Collection
from ..auth import Caller
from ..errors import bad_request
from ..sending import (
    INT32_MAX,
    SENT_AFTER,
    Batch,
    Draft,
    Outcome,
    cancel,
    default_sender,
    personalised,
    recipients,
    valid_sender,
)
from ..state import AccountState, Campaign, Contact, Subaccount
from .common import decimal_number

INVALID_SENDER_ID = " ".join(
    (
        "Invalid Sender ID. Please ensure Sender ID is no longer than 11 characters",
        "(if alphanumeric), and contains no spaces.",
    )
)
INSUFFICIENT_CREDIT = (
    "You have reached the end of your message credits. You will need to purchase more message credits."
)


INVALID_SCHEDULE = "The schedule specified is invalid. Use a unix timestamp e.g. 1429170372."


def new_campaign(
    call: Call[Any, Caller],
    channel: Literal["sms", "mms"],
    campaign_id: int,
    fields: dict[str, Any],
    now: int,
    date_added: int,
) -> Campaign:
    """The campaign a request describes (not stored yet): `fields` are its list_id, name, body, sender (None:
    the account's default), schedule (None: now) and, for MMS, subject and media_file. The list must be the
    account's (404), the sender valid and the schedule an int32 (400 INVALID_SENDER_ID, INVALID_SCHEDULE)."""
    account = call.principal.account
    contact_list = account.lists.get(fields["list_id"])
    schedule, sender = fields.pop("schedule"), fields.pop("sender")
    if schedule is not None and schedule > INT32_MAX:
        raise bad_request(INVALID_SCHEDULE, "INVALID_SCHEDULE")
    if sender and not valid_sender(sender):
        raise bad_request(INVALID_SENDER_ID, "INVALID_SENDER_ID")
    return Campaign(
        channel=channel,
        campaign_id=campaign_id,
        subaccount_id=call.principal.subaccount.subaccount_id,
        list_name=contact_list.list_name,
        sender=sender or default_sender(account),
        schedule=schedule if schedule and schedule > now else now,
        date_added=date_added,
        recipients=sum(r.contact is not None for r in recipients(account, None, contact_list.list_id)),
        ip_address=call.request.client.host if call.request.client else "",
        **fields,
    )


def status_of(campaign: Campaign, now: int) -> str:
    if campaign.cancelled:
        return "Cancelled"
    if now < campaign.schedule:
        return "Scheduled"
    return "Queued" if now < campaign.schedule + SENT_AFTER else "Sent"


def drafts_for(account: AccountState, campaign: Campaign) -> list[Draft]:
    channel = campaign.channel
    return [
        Draft(
            channel,
            recipient,
            campaign.body,
            campaign.sender,
            campaign.schedule,
            subject=campaign.subject,
            media_url=campaign.media_file,
        )
        for recipient in recipients(account, None, campaign.list_id)
    ]


def priced(account: AccountState, campaign: Campaign, now: int, credit_back: Decimal = Decimal(0)) -> list[Outcome]:
    """What each message of the campaign would become; 400 INSUFFICIENT_CREDIT when the balance cannot pay them."""
    batch = Batch(account, now, credit_back)
    outcomes = [batch.check(draft) for draft in drafts_for(account, campaign)]
    if any(outcome.status == "INSUFFICIENT_CREDIT" for outcome in outcomes):
        raise ApiError(400, INSUFFICIENT_CREDIT, code="INSUFFICIENT_CREDIT")
    return outcomes


def launch(account: AccountState, subaccount: Subaccount, campaign: Campaign, now: int) -> None:
    """Send (or schedule) the campaign's messages, once `priced` has found the balance enough."""
    batch = Batch(account, now)
    for draft in drafts_for(account, campaign):
        outcome = batch.send(draft, subaccount, (campaign.channel, campaign.campaign_id))
        if outcome.message is not None:
            campaign.message_ids.append(outcome.message.message_id)


def start(
    account: AccountState, subaccount: Subaccount, stored: Collection[Campaign], campaign: Campaign, now: int
) -> None:
    """A new campaign: priced (or refused), stored and launched."""
    priced(account, campaign, now)
    stored.put(campaign.campaign_id, campaign)
    launch(account, subaccount, campaign, now)


def replace(
    account: AccountState,
    subaccount: Subaccount,
    stored: Collection[Campaign],
    old: Campaign,
    campaign: Campaign,
    now: int,
) -> None:
    """An update: the new campaign is priced with the old one's messages given back (refused whole when the
    balance cannot pay it, the old one kept), then takes the old one's place."""
    priced(account, campaign, now, credit_back=refund(account, old))
    withdraw(account, old)
    stored.put(campaign.campaign_id, campaign)
    launch(account, subaccount, campaign, now)


def cancel_campaign(account: AccountState, campaign: Campaign, now: int) -> None:
    """A cancellation (only while Scheduled): its messages cancelled and their price given back."""
    changeable(campaign, now, "cancelled")
    withdraw(account, campaign)
    campaign.cancelled = True


def price(account: AccountState, campaign: Campaign, now: int, message: dict[str, Any]) -> dict[str, Any]:
    """The price answer's data: the count and total of the messages the campaign would send, and `message` (the
    campaign's sender, schedule and body as its first recipient would get it, in each operation's own order)."""
    outcomes = priced(account, campaign, now)
    return {
        "total_count": campaign.recipients,
        "total_price": str(total(outcomes)),
        "data": message,
        "_currency": account.currency.wire(),
    }


def refund(account: AccountState, campaign: Campaign) -> Decimal:
    """What cancelling the campaign's scheduled messages would give back."""
    return sum(
        (account.messages[id].price for id in campaign.message_ids if not account.messages[id].cancelled), Decimal(0)
    )


def withdraw(account: AccountState, campaign: Campaign) -> None:
    """Cancel the campaign's messages (all still scheduled: a campaign changes only while Scheduled)."""
    for message_id in campaign.message_ids:
        if not account.messages[message_id].cancelled:
            cancel(account, account.messages[message_id])
    campaign.message_ids = []


def changeable(campaign: Campaign, now: int, action: str) -> None:
    if status_of(campaign, now) != "Scheduled":
        raise ApiError(400, f"Only a scheduled campaign can be {action}.", code="BAD_REQUEST")


def total(outcomes: list[Outcome]) -> float:
    return decimal_number(sum((outcome.price for outcome in outcomes if outcome.queued), Decimal(0)))


def first_contact(account: AccountState, list_id: int) -> Contact | None:
    return next((r.contact for r in recipients(account, None, list_id) if r.contact is not None), None)


def preview(account: AccountState, campaign: Campaign) -> str:
    """The campaign's message as its first recipient would get it."""
    return personalised(campaign.body, first_contact(account, campaign.list_id))
