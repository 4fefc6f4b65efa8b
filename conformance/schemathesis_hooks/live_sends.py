"""Live runs send only to the documented test numbers (registered when `conformance.schemathesis_hooks` is
imported; shared by every API, read from its spec alone).

Against a URL (the CLI run of scripts/run_conformance.py, a served emulator or the live API: no in-process app),
every request of an operation the spec marks `x-spends-credit` and `x-recipients` has its recipients replaced
before it is sent, unless ALLOW_SPENDING=1:

- each message's number field (`x-recipients.number`, ClickSend's `to`) becomes one of the spec's test numbers
  (`info.x-test-numbers`: "No messages will be sent, and your account won't be charged"); a test number stays;
- each message's list field (`x-recipients.list`, ClickSend's `list_id`) is dropped, and the message goes to a
  test number instead: a list's recipients are real contacts;
- a message with neither keeps having neither (the service refuses it: it goes to nobody); a body or message that
  is not an object (a negative case) carries no recipient the service could read, and is sent as generated.

The message array is `x-recipients.messages` (ClickSend's `messages`); a number or list field at the top of the
body is replaced the same way, in case a service also reads the docs' flat property table. scripts/run_conformance.py
leaves the other spending operations out (ClickSend's campaigns, which go to lists, and number purchases), so with
this hook a live run covers sending without spending. In-process runs (against an emulator's app) send as
generated: there nothing is spent, and refused recipients are part of what is tested.
"""

from __future__ import annotations

import os
from typing import Any

import schemathesis
from schemathesis import Case

from conformance.spec_index import api_names, spec_index

from .apis import api_of_operation

APIS = frozenset(api_names())


def spending_allowed() -> bool:
    return os.environ.get("ALLOW_SPENDING") == "1"


def is_live(case: Case, kwargs: dict[str, Any]) -> bool:
    """Whether the request goes over the network (a URL), not to an in-process app."""
    return getattr(case.operation, "app", None) is None and "app" not in kwargs


@schemathesis.hook
def before_call(context: Any, case: Case, kwargs: dict[str, Any]) -> None:
    if live_recipients_apply(case, kwargs):
        to_test_numbers(case)


def live_recipients_apply(case: Case, kwargs: dict[str, Any]) -> bool:
    return not spending_allowed() and is_live(case, kwargs)


def to_test_numbers(case: Case) -> None:
    """Put the spec's test numbers in place of the recipients of a send the spec names them for."""
    api = api_of_operation(case.operation)
    if api not in APIS:
        return
    spec = spec_index(api)
    operation = spec.by_id.get(str(case.operation.definition.raw.get("operationId")))
    if operation is None or operation.recipients is None or not spec.sends_to_test_numbers(operation):
        return
    case.body = with_test_numbers(case.body, operation.recipients, spec.test_numbers)


def with_test_numbers(body: Any, recipients: dict[str, str], numbers: tuple[str, ...]) -> Any:
    """A copy of the body whose messages go to test numbers only (see the module's docstring)."""
    if not isinstance(body, dict) or not numbers:
        return body
    number, listed = recipients["number"], recipients.get("list")
    rewritten = _message(body, 0, number, listed, numbers)
    field = recipients.get("messages")
    messages = rewritten.get(field) if field else None
    if isinstance(messages, list):
        rewritten[field] = [_message(item, index, number, listed, numbers) for index, item in enumerate(messages)]
    elif isinstance(messages, dict):
        rewritten[field] = _message(messages, 0, number, listed, numbers)
    return rewritten


def _message(message: Any, index: int, number: str, listed: str | None, numbers: tuple[str, ...]) -> Any:
    if not isinstance(message, dict):
        return message
    message = dict(message)
    has_recipient = number in message or (listed is not None and listed in message)
    if listed is not None:
        message.pop(listed, None)
    if has_recipient and message.get(number) not in numbers:
        message[number] = numbers[index % len(numbers)]
    return message
