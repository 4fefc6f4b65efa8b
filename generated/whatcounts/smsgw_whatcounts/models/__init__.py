"""Contains all the data models used in inputs/outputs"""

from .campaign import Campaign
from .error import Error
from .message import Message
from .opt_out import OptOut
from .phone_send import PhoneSend
from .subscriber_added import SubscriberAdded
from .subscription import Subscription

__all__ = (
    "Campaign",
    "Error",
    "Message",
    "OptOut",
    "PhoneSend",
    "SubscriberAdded",
    "Subscription",
)
