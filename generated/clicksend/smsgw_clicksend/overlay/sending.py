"""A send answers HTTP 200 even when some of its messages were refused: each message carries its own `status`.

sent = call(operations.send_sms, client=client, body=...)
for message in refused(sent):          # the typed messages whose status is not SUCCESS
    print(message.to, message.status)
sent = all_sent(call(operations.send_sms, client=client, body=...))   # or raise MessagesRefusedError
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

from ._shared.errors import GatewayError

SUCCESS = "SUCCESS"


class Message(Protocol):
    @property
    def status(self) -> str: ...


M = TypeVar("M", bound=Message)
M_co = TypeVar("M_co", bound=Message, covariant=True)


class Sent(Protocol[M_co]):
    """A send's result (SMS, MMS, voice): its messages, each with a status."""

    @property
    def messages(self) -> Sequence[M_co]: ...


S = TypeVar("S", bound=Sent[Message])


class MessagesRefusedError(GatewayError):
    """Some messages of a send were refused. `refused` holds them (typed, with their `status`); the others were
    accepted and will be sent: sending the whole request again would send those twice."""

    def __init__(self, refused: Sequence[Message]) -> None:
        self.refused = list(refused)
        statuses = sorted({message.status for message in self.refused})
        super().__init__(f"{len(self.refused)} message(s) refused: {', '.join(statuses)}")


def refused(result: Sent[M]) -> list[M]:
    """The messages of a send whose status is not SUCCESS."""
    return [message for message in result.messages if message.status != SUCCESS]


def all_sent(result: S) -> S:
    """The result, when every message was accepted; otherwise MessagesRefusedError with the refused ones."""
    rejected = refused(result)
    if rejected:
        raise MessagesRefusedError(rejected)
    return result
