from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.sms_encoding import SmsEncoding, check_sms_encoding
from ..models.sms_message_type import SmsMessageType, check_sms_message_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsSendRequest")


@_attrs_define
class SmsSendRequest:
    """Body of `send_sms`."""

    message_type: SmsMessageType
    """ The SMS quality: `N` high quality with delivery notice, `L` medium quality, `LL` low cost. Sender aliases
    work only with `N`. """
    message: str
    """ The message body, at most 1000 characters (may be 160 for low-quality messages). May contain the
    `%PAGESLINK____________%` and `%SHORT_LINK%` placeholders. """
    recipient: list[str]
    """ The recipients' phone numbers. """
    sender: None | str | Unset = UNSET
    """ The sender name (TPOA). Empty or null means the user's preferred TPOA; must be empty if the message type
    does not allow a custom TPOA. Default "". """
    scheduled_delivery_time: None | str | Unset = UNSET
    """ Send the messages at this time (default null = now). """
    scheduled_delivery_timezone: str | Unset = UNSET
    """ An IANA time zone name, e.g. `Europe/Rome`. """
    order_id: str | Unset = UNSET
    """ A custom order ID, at most 32 letters, digits, underscores, dots or dashes. """
    return_credits: bool | Unset = False
    """ Return the number of credits used instead of the number of messages. """
    return_remaining: bool | Unset = False
    """ Return the number of remaining SMS messages. """
    allow_invalid_recipients: bool | Unset = False
    """ Invalid recipients do not block the sending. """
    encoding: SmsEncoding | Unset = UNSET
    """ The SMS encoding; use `ucs2` for characters outside the GSM 03.38 set. Default `gsm`. """
    id_landing: int | Unset = UNSET
    """ The ID of a published landing page; the message must contain the `%PAGESLINK____________%` placeholder. """
    campaign_name: str | Unset = UNSET
    """ The campaign name. """
    short_link_url: str | Unset = UNSET
    """ The URL the short link redirects to; the message must contain the `%SHORT_LINK%` placeholder. """

    def to_dict(self) -> dict[str, Any]:
        message_type: str = self.message_type

        message = self.message

        recipient = self.recipient

        sender: None | str | Unset
        if isinstance(self.sender, Unset):
            sender = UNSET
        else:
            sender = self.sender

        scheduled_delivery_time: None | str | Unset
        if isinstance(self.scheduled_delivery_time, Unset):
            scheduled_delivery_time = UNSET
        else:
            scheduled_delivery_time = self.scheduled_delivery_time

        scheduled_delivery_timezone = self.scheduled_delivery_timezone

        order_id = self.order_id

        return_credits = self.return_credits

        return_remaining = self.return_remaining

        allow_invalid_recipients = self.allow_invalid_recipients

        encoding: str | Unset = UNSET
        if not isinstance(self.encoding, Unset):
            encoding = self.encoding

        id_landing = self.id_landing

        campaign_name = self.campaign_name

        short_link_url = self.short_link_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "message_type": message_type,
                "message": message,
                "recipient": recipient,
            }
        )
        if sender is not UNSET:
            field_dict["sender"] = sender
        if scheduled_delivery_time is not UNSET:
            field_dict["scheduled_delivery_time"] = scheduled_delivery_time
        if scheduled_delivery_timezone is not UNSET:
            field_dict["scheduled_delivery_timezone"] = scheduled_delivery_timezone
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if return_credits is not UNSET:
            field_dict["returnCredits"] = return_credits
        if return_remaining is not UNSET:
            field_dict["returnRemaining"] = return_remaining
        if allow_invalid_recipients is not UNSET:
            field_dict["allowInvalidRecipients"] = allow_invalid_recipients
        if encoding is not UNSET:
            field_dict["encoding"] = encoding
        if id_landing is not UNSET:
            field_dict["id_landing"] = id_landing
        if campaign_name is not UNSET:
            field_dict["campaign_name"] = campaign_name
        if short_link_url is not UNSET:
            field_dict["short_link_url"] = short_link_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_type = check_sms_message_type(d.pop("message_type"))

        message = d.pop("message")

        recipient = cast(list[str], d.pop("recipient"))

        def _parse_sender(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sender = _parse_sender(d.pop("sender", UNSET))

        def _parse_scheduled_delivery_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        scheduled_delivery_time = _parse_scheduled_delivery_time(d.pop("scheduled_delivery_time", UNSET))

        scheduled_delivery_timezone = d.pop("scheduled_delivery_timezone", UNSET)

        order_id = d.pop("order_id", UNSET)

        return_credits = d.pop("returnCredits", UNSET)

        return_remaining = d.pop("returnRemaining", UNSET)

        allow_invalid_recipients = d.pop("allowInvalidRecipients", UNSET)

        _encoding = d.pop("encoding", UNSET)
        encoding: SmsEncoding | Unset
        if isinstance(_encoding, Unset):
            encoding = UNSET
        else:
            encoding = check_sms_encoding(_encoding)

        id_landing = d.pop("id_landing", UNSET)

        campaign_name = d.pop("campaign_name", UNSET)

        short_link_url = d.pop("short_link_url", UNSET)

        sms_send_request = cls(
            message_type=message_type,
            message=message,
            recipient=recipient,
            sender=sender,
            scheduled_delivery_time=scheduled_delivery_time,
            scheduled_delivery_timezone=scheduled_delivery_timezone,
            order_id=order_id,
            return_credits=return_credits,
            return_remaining=return_remaining,
            allow_invalid_recipients=allow_invalid_recipients,
            encoding=encoding,
            id_landing=id_landing,
            campaign_name=campaign_name,
            short_link_url=short_link_url,
        )

        return sms_send_request
