"""Every WhatCounts operation, typed: `call(operations.create_message, client=..., message_name=...)` -> Message.

Results have `datetime` dates (results.py). A 500 is CommandFailedError, except when create_message with labels
answered 500 and yet created the message (the documented undefined-label case): MessageCreatedWithErrorError,
which carries it.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from ..api import messages, sending, subscribers
from ..models import Campaign as CampaignModel
from ..models import Message as MessageModel
from ..models import OptOut as OptOutModel
from ..models import PhoneSend as PhoneSendModel
from ..models import SubscriberAdded as SubscriberAddedModel
from ..models import Subscription as SubscriptionModel
from ..operation_info import OPERATIONS
from ..types import Response
from . import errors
from ._shared.errors import ApiError, GatewayError
from ._shared.operation import Api, Operation
from ._shared.paging import aitems, items
from .results import Campaign, Message, OptOut, PhoneSend, SubscriberAdded, Subscription


def _message(response: Response[MessageModel]) -> Message:
    return Message.from_model(response.parsed)


def _messages(response: Response[list[MessageModel]]) -> list[Message]:
    return [Message.from_model(item) for item in response.parsed]


def _subscription(response: Response[SubscriptionModel]) -> Subscription:
    return Subscription.from_model(response.parsed)


def _subscriber_added(response: Response[SubscriberAddedModel]) -> SubscriberAdded:
    return SubscriberAdded.from_model(response.parsed)


def _phone_sends(response: Response[list[PhoneSendModel]]) -> list[PhoneSend]:
    return [PhoneSend.from_model(item) for item in response.parsed]


def _campaign(response: Response[CampaignModel]) -> Campaign:
    return Campaign.from_model(response.parsed)


def _opt_out(response: Response[OptOutModel]) -> OptOut:
    return OptOut.from_model(response.parsed)


class WhatCountsOperation(Operation[Any, Any]):
    """500 answers are CommandFailedError, with the service's `error` text."""

    def refine(self, error: GatewayError, arguments: Mapping[str, Any]) -> GatewayError:
        if isinstance(error, ApiError) and error.status == 500:
            return errors.CommandFailedError.from_error(error)
        return error


class CreateMessage(WhatCountsOperation):
    """create_message: a 500 after a request with labels may still have created the message; look for it."""

    def refine(self, error: GatewayError, arguments: Mapping[str, Any]) -> GatewayError:
        from .paged import get_messages as all_messages  # paged.py builds on this module

        refined = super().refine(error, arguments)
        if isinstance(refined, errors.CommandFailedError) and _has_labels(arguments):
            found = next(
                (m for m in items(all_messages, client=arguments["client"]) if _is_requested(m, arguments)), None
            )
            if found is not None:
                return errors.MessageCreatedWithErrorError(refined, found)
        return refined

    async def arefine(self, error: GatewayError, arguments: Mapping[str, Any]) -> GatewayError:
        from .paged import get_messages as all_messages

        refined = super().refine(error, arguments)
        if isinstance(refined, errors.CommandFailedError) and _has_labels(arguments):
            async for message in aitems(all_messages, client=arguments["client"]):
                if _is_requested(message, arguments):
                    return errors.MessageCreatedWithErrorError(refined, message)
        return refined


def _has_labels(arguments: Mapping[str, Any]) -> bool:
    """Only create_message with labels can answer 500 and still create (an undefined label); without labels a
    500 (blank or duplicate name) creates nothing."""
    label = arguments.get("label")
    return isinstance(label, str) and label != ""


def _is_requested(message: Message, arguments: Mapping[str, Any]) -> bool:
    return message.name == arguments.get("message_name") and message.text == arguments.get("message_text")


# Every operation refines its 500s; create_message also looks for what it may have created.
API = Api(OPERATIONS, logging.getLogger("smsgw_whatcounts"), errors.error_details, WhatCountsOperation)
create_message = API.operation(messages.create_message, _message, kind=CreateMessage)
get_messages = API.operation(messages.get_messages, _messages)
add_phone_to_sender_code = API.operation(subscribers.add_phone_to_sender_code, _subscription)
add_subscriber_to_sender_code = API.operation(subscribers.add_subscriber_to_sender_code, _subscriber_added)
stop_subscriber_send = API.operation(subscribers.stop_subscriber_send, _opt_out)
send_message_to_phone = API.operation(sending.send_message_to_phone, _phone_sends)
send_message_to_sender_code = API.operation(sending.send_message_to_sender_code, _campaign)
