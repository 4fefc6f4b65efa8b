"""Sending: send_message_to_phone and send_message_to_sender_code. Sends are recorded in `RealmState.sends`, one
per SMS part (nothing is delivered anywhere).

* send_message_to_phone sends `messageText` to any phone of the pattern, subscribed or not, from a sender code of
  the realm (unknown: the documented 500 `Error getting sender with senderCode X realmID: N`). A phone that stopped
  sends from that sender code (stop_subscriber_send) gets nothing, with no override, as documented. The docs do
  not say how that is answered; the emulator's choice: **200 with an empty array** (no part was sent), since the
  request itself did not fail. Otherwise one PhoneSend per part: `partSent` 1..totalParts, a 16-hex-digit
  gateway `messageId` each, `status` "0".
* send_message_to_sender_code makes a campaign (status "submitted") that sends the predefined message to every
  SMS contact subscribed to the sender code (in any of its groups, or none) or, with `groupName`, to that group;
  contacts that stopped sends from the sender code are left out, and `smsSubscriberCount` is how many remain.
  An unknown message name or sender code fails (500). A `groupName` the sender code does not have yet is made
  (as the subscribe commands make groups), so the campaign names a real group, with no subscribers: the docs do
  not list an unknown group as a failure. Campaign names need not be unique (the docs do not say they must).
"""

from __future__ import annotations

from starlette.responses import Response

from ...core import Call, json_body
from ...sms_text import sms_parts
from ..state import Campaign, Group, RealmState, Send, Sender, Store
from . import operation
from .common import campaign_view, find_sender, message_error, phone_send_view, sms_part_texts


def record_sends(
    store: Store, realm: RealmState, phone: str, sender: Sender, text: str, campaign_id: int = 0
) -> list[Send]:
    total = sms_parts(text)
    now = store.now()
    sends = [
        Send(store.gateway_id(), phone, sender.id, piece, part, total, now, campaign_id)
        for part, piece in enumerate(sms_part_texts(text, total), start=1)
    ]
    realm.sends.extend(sends)
    return sends


@operation("send_message_to_phone")
def send_message_to_phone(store: Store, call: Call[None, RealmState]) -> Response:
    realm = call.principal
    phone: str = call.path["phone"]
    sender = find_sender(realm, call.path["senderCode"])
    if realm.opted_out(phone, sender):
        return json_body([])
    sends = record_sends(store, realm, phone, sender, call.path["messageText"])
    return json_body([phone_send_view(realm, send) for send in sends])


@operation("send_message_to_sender_code")
def send_message_to_sender_code(store: Store, call: Call[None, RealmState]) -> Response:
    realm = call.principal
    message_name: str = call.path["smsMessageName"]
    message = realm.message_named(message_name)
    if message is None:
        raise message_error(realm, message_name)
    sender = find_sender(realm, call.path["smsSenderCode"])
    group_name: str | None = call.query.get("groupName")
    group = None
    if group_name is not None:
        group = realm.group_named(sender, group_name)
        if group is None:
            group = Group(store.next_id("group"), sender.id, group_name)
            realm.groups[group.id] = group
    audience = realm.audience(sender, group)
    now = store.now()
    campaign = Campaign(
        id=store.next_id("campaign"),
        message_id=message.id,
        sender_id=sender.id,
        group_id=group.id if group is not None else 0,
        subscriber_count=len(audience),
        name=call.path["smsCampaignName"],
        description=call.query.get("description"),
        created=now,
        updated=now,
    )
    realm.campaigns[campaign.id] = campaign
    for subscriber in audience:
        record_sends(store, realm, subscriber.phone, sender, message.text, campaign.id)
    return json_body(campaign_view(realm, campaign))
