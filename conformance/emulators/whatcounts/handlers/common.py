"""Helpers shared by the WhatCounts handler sections: dates, SMS parts, lookups that fail as documented, the JSON
shapes of the records, and the answers to invalid parameters."""

from __future__ import annotations

import math
from datetime import datetime
from typing import Any

from starlette.requests import Request

from ...core import ApiError, InvalidParameter, Operation
from ..errors import failed
from ..state import Campaign, Message, OptOut, RealmState, Send, Sender, Subscription

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def wc_date(moment: datetime) -> str:
    """The API's date format, US medium date and time without zone: `Mar 22, 2018 4:05:11 PM`."""
    hour = moment.hour % 12 or 12
    half = "AM" if moment.hour < 12 else "PM"
    return f"{MONTHS[moment.month - 1]} {moment.day}, {moment.year} {hour}:{moment:%M:%S} {half}"


def sms_part_texts(text: str, parts: int) -> list[str]:
    """The text cut into `parts` roughly equal pieces (what each recorded send carries)."""
    size = math.ceil(len(text) / parts) if text else 0
    return [text[i * size : (i + 1) * size] for i in range(parts)]


# --- Lookups that fail as documented ----------------------------------------------------------------------------


def sender_error(realm: RealmState, code: str) -> ApiError:
    """The documented answer to an unknown sender code (send_message_to_phone's detail page)."""
    return failed(f"Error getting sender with senderCode {code} realmID: {realm.realm_id}")


def find_sender(realm: RealmState, code: str) -> Sender:
    sender = realm.senders.get(code)
    if sender is None:
        raise sender_error(realm, code)
    return sender


def message_error(realm: RealmState, name: str) -> ApiError:
    return failed(f"Error getting message with name {name} realmID: {realm.realm_id}")


def stop_error(realm: RealmState, phone: str) -> ApiError:
    """The documented answer of stop_subscriber_send to an unknown phone or sender code."""
    return failed(f"An error occurred processing STOP sends for phone [{phone}] realmId [{realm.realm_id}]")


def invalid_argument(error: InvalidParameter) -> ApiError:
    return failed(f"Invalid argument: {error.message}")


def on_invalid(request: Request, operation: Operation, principal: Any, error: InvalidParameter) -> ApiError:
    """The core's `on_invalid` hook: what a parameter that breaks its schema is answered with.

    * add_phone_to_sender_code, add_subscriber_to_sender_code: the docs say an invalid argument fails (500).
    * stop_subscriber_send: a phone or sender code outside the pattern is unknown, the documented STOP failure.
    * the send commands: a sender code outside the pattern is an unknown one (documented 500), and so is a message
      name no message can have (send_message_to_sender_code).
    * everything else (skip, label's shape, over-long texts, send_message_to_phone's phone): the docs say nothing;
      it stays the core's 400 in the documented error shape.
    """
    realm: RealmState = principal
    name = error.name
    if operation.operation_id in ("add_phone_to_sender_code", "add_subscriber_to_sender_code"):
        return invalid_argument(error)
    if operation.operation_id == "stop_subscriber_send":
        return stop_error(realm, str(request.path_params.get("phone", "")))
    if name in ("senderCode", "smsSenderCode") and operation.operation_id.startswith("send_message_to_"):
        return sender_error(realm, str(request.path_params.get(name, "")))
    if name == "smsMessageName":
        return message_error(realm, str(request.path_params.get(name, "")))
    return error


# --- JSON shapes ------------------------------------------------------------------------------------------------


def message_view(realm: RealmState, message: Message) -> dict[str, Any]:
    view: dict[str, Any] = {
        "id": message.id,
        "realmId": realm.realm_id,
        "totalParts": message.total_parts,
        "name": message.name,
        "messageText": message.text,
    }
    if message.labels:
        view["label"] = ",".join(message.labels)
    return view | {"createdDate": wc_date(message.created), "updatedDate": wc_date(message.updated)}


def subscription_view(realm: RealmState, subscription: Subscription) -> dict[str, Any]:
    return {
        "id": subscription.id,
        "realmId": realm.realm_id,
        "smsSubscriberId": subscription.subscriber_id,
        "smsSenderId": subscription.sender_id,
        "smsGroupId": subscription.group_id,
        "authenticated": subscription.authenticated,
        "createdDate": wc_date(subscription.created),
        "updatedDate": wc_date(subscription.updated),
    }


def phone_send_view(realm: RealmState, send: Send) -> dict[str, Any]:
    return {
        "success": True,
        "createDate": wc_date(send.created),
        "updatedDate": wc_date(send.created),
        "partSent": send.part,
        "realmId": realm.realm_id,
        "smsSenderId": send.sender_id,
        "totalParts": send.total_parts,
        "messageId": send.gateway_id,
        "phone": send.phone,
        "status": "0",
    }


def campaign_view(realm: RealmState, campaign: Campaign) -> dict[str, Any]:
    view: dict[str, Any] = {
        "id": campaign.id,
        "realmId": realm.realm_id,
        "smsMessageId": campaign.message_id,
        "smsSenderId": campaign.sender_id,
        "smsGroupId": campaign.group_id,
        "smsSubscriberCount": campaign.subscriber_count,
        "campaignId": 0,
        "lcCampaignId": 0,
        "lcActionId": 0,
        "name": campaign.name,
    }
    if campaign.description is not None:
        view["description"] = campaign.description
    return view | {
        "status": campaign.status,
        "createdDate": wc_date(campaign.created),
        "updatedDate": wc_date(campaign.updated),
    }


def opt_out_view(realm: RealmState, opt_out: OptOut) -> dict[str, Any]:
    return {
        "id": opt_out.id,
        "smsSubscriberId": opt_out.subscriber_id,
        "smsSenderId": opt_out.sender_id,
        "realmId": realm.realm_id,
        "campaignId": opt_out.campaign_id,
        "phone": opt_out.phone,
        "createdDate": wc_date(opt_out.created),
        "updatedDate": wc_date(opt_out.updated),
    }
