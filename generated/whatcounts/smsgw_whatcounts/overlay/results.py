"""Typed results: the generated models' fields with dates parsed to `datetime`.

WhatCounts writes dates as `Mar 22, 2018 4:05:11 PM` (US medium date and time, no zone) and calls the creation
date `createdDate` in some answers and `createDate` in others; every result here has `created` and `updated`.
The service gives no time zone: the datetimes are naive, in the site's local time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from .. import models
from ..types import Unset

DATE_FORMAT = "%b %d, %Y %I:%M:%S %p"


def parse_date(value: str) -> datetime:
    """`Mar 22, 2018 4:05:11 PM` (or `09:10:50 AM` with a leading zero) as a naive datetime."""
    try:
        return datetime.strptime(value, DATE_FORMAT)
    except ValueError:
        raise ValueError(f"not a WhatCounts date: {value!r}") from None


def _created(model: Any) -> datetime:
    """Either spelling of the creation date."""
    spelled = getattr(model, "created_date", None) or getattr(model, "create_date", None)
    if not isinstance(spelled, str):
        raise ValueError("the answer has neither createdDate nor createDate")
    return parse_date(spelled)


def _optional(value: Any) -> Any:
    return None if isinstance(value, Unset) else value


@dataclass(frozen=True)
class Message:
    id: int
    realm_id: int
    name: str
    text: str
    total_parts: int
    labels: tuple[str, ...]
    created: datetime
    updated: datetime

    @classmethod
    def from_model(cls, model: models.Message) -> Message:
        label = _optional(model.label)
        return cls(
            id=model.id,
            realm_id=model.realm_id,
            name=model.name,
            text=model.message_text,
            total_parts=model.total_parts,
            labels=tuple(label.split(",")) if label else (),
            created=_created(model),
            updated=parse_date(model.updated_date),
        )


@dataclass(frozen=True)
class Subscription:
    id: int
    realm_id: int
    subscriber_id: int
    sender_id: int
    group_id: int
    authenticated: bool
    created: datetime
    updated: datetime

    @classmethod
    def from_model(cls, model: models.Subscription) -> Subscription:
        return cls(
            id=model.id,
            realm_id=model.realm_id,
            subscriber_id=model.sms_subscriber_id,
            sender_id=model.sms_sender_id,
            group_id=model.sms_group_id,
            authenticated=model.authenticated,
            created=_created(model),
            updated=parse_date(model.updated_date),
        )


@dataclass(frozen=True)
class SubscriberAdded:
    id: int
    realm_id: int
    subscriber_id: int
    phone: str
    group_name: str | None
    success: bool
    created: datetime
    updated: datetime

    @classmethod
    def from_model(cls, model: models.SubscriberAdded) -> SubscriberAdded:
        return cls(
            id=model.id,
            realm_id=model.realm_id,
            subscriber_id=model.sms_subscriber_id,
            phone=model.phone,
            group_name=_optional(model.group_name),
            success=model.success,
            created=_created(model),
            updated=parse_date(model.updated_date),
        )


@dataclass(frozen=True)
class PhoneSend:
    message_id: str
    phone: str
    status: int  # the gateway's status, which the service sends as a string ("0": accepted)
    part_sent: int
    total_parts: int
    sender_id: int
    realm_id: int
    success: bool
    created: datetime
    updated: datetime

    @classmethod
    def from_model(cls, model: models.PhoneSend) -> PhoneSend:
        return cls(
            message_id=model.message_id,
            phone=model.phone,
            status=int(model.status),
            part_sent=model.part_sent,
            total_parts=model.total_parts,
            sender_id=model.sms_sender_id,
            realm_id=model.realm_id,
            success=model.success,
            created=_created(model),
            updated=parse_date(model.updated_date),
        )


@dataclass(frozen=True)
class Campaign:
    id: int
    realm_id: int
    name: str
    description: str | None
    status: str
    message_id: int
    sender_id: int
    group_id: int
    subscriber_count: int
    created: datetime
    updated: datetime

    @classmethod
    def from_model(cls, model: models.Campaign) -> Campaign:
        return cls(
            id=model.id,
            realm_id=model.realm_id,
            name=model.name,
            description=_optional(model.description),
            status=model.status,
            message_id=model.sms_message_id,
            sender_id=model.sms_sender_id,
            group_id=model.sms_group_id,
            subscriber_count=model.sms_subscriber_count,
            created=_created(model),
            updated=parse_date(model.updated_date),
        )


@dataclass(frozen=True)
class OptOut:
    id: int
    realm_id: int
    subscriber_id: int
    sender_id: int
    phone: str
    created: datetime
    updated: datetime

    @classmethod
    def from_model(cls, model: models.OptOut) -> OptOut:
        return cls(
            id=model.id,
            realm_id=model.realm_id,
            subscriber_id=model.sms_subscriber_id,
            sender_id=model.sms_sender_id,
            phone=model.phone,
            created=_created(model),
            updated=parse_date(model.updated_date),
        )
