"""Every SMSC action, typed: `call(operations.send_sms, client=..., body=SendSmsForm(...))` -> SendResult.

An `SmscOperation` asks for fmt 3 and utf-8 unless the form names a format and charset, reads the reply in
whichever format it came, raises the error reply the service sends inside HTTP 200 as the typed error for its
command and code (errors.error_for_code), and answers [] for error 3 "no records" on list actions.
"""

from __future__ import annotations

import logging
import typing
from collections.abc import Callable, Mapping
from typing import Any, ParamSpec, TypeVar, cast

import attrs

from .. import models
from ..api import balance, contacts, data, info, jobs, send, senders, status
from ..operation_info import OPERATIONS
from ..types import Response, Unset
from . import errors
from ._shared.errors import GatewayError, Malformed
from ._shared.operation import Api, GeneratedOperation, Operation
from .auth import SERVICE_DEFAULT_CHARSET
from .layouts import error_in, layout_of
from .replies import ReplyError, decode
from .results import (
    AccountBalance,
    CostEstimate,
    DeliveryStatus,
    MailingCreated,
    OneRecord,
    Records,
    Reply,
    SendResult,
    account_balance,
    cost_estimate,
    created_id,
    delivery_status,
    delivery_statuses,
    done,
    mailing_created,
    send_result,
)

P = ParamSpec("P")
R = TypeVar("R")

API = Api(OPERATIONS, logging.getLogger("smsgw_smsc"))
DEFAULT_FMT = 3
DEFAULT_CHARSET = "utf-8"
SERVICE_DEFAULT_FMT = 0


class SmscOperation(Operation[P, R]):
    """One SMSC action: `command` (send, status, phones, ...) names its error classes."""

    def __init__(
        self,
        module: GeneratedOperation[P, Any],
        command: str,
        convert: Callable[[Reply], R],
        *,
        empty_on_no_records: bool = False,
    ) -> None:
        super().__init__(module, _unused, API)
        self.command = command
        self._read = convert
        self._empty_on_no_records = empty_on_no_records
        self._form_class = _form_class(module)
        self._layout = layout_of(self.name)

    def prepare(self, arguments: dict[str, Any]) -> dict[str, Any]:
        """The form, asking for fmt 3 and utf-8 unless it already says which format and charset it wants."""
        body = arguments.get("body")
        if body is None or isinstance(body, Unset):
            body = self._form_class()
        changes: dict[str, Any] = {}
        if isinstance(body.fmt, Unset):
            changes["fmt"] = DEFAULT_FMT
        if isinstance(body.charset, Unset):
            changes["charset"] = DEFAULT_CHARSET
        return {**arguments, "body": attrs.evolve(body, **changes) if changes else body}

    def result(self, response: Response[Any], arguments: Mapping[str, Any]) -> R:
        form: dict[str, Any] = arguments["body"].to_dict()
        fmt = int(form.get("fmt", SERVICE_DEFAULT_FMT))
        charset = str(form.get("charset", SERVICE_DEFAULT_CHARSET))
        try:
            text = decode(response.content, charset)
            error = error_in(text, fmt)
            if error is None:
                return self._read(Reply(self._layout.read(text, fmt, form), fmt))
        except ReplyError as problem:
            raise Malformed(str(problem)) from None
        code, description, message_id = error
        if code == 3 and self._empty_on_no_records:
            return cast(R, [])
        raise _error(self.name, self.command, code, description or "(no description in this format)", message_id)


def _error(operation: str, command: str, code: int, description: str, message_id: int | None) -> GatewayError:
    return errors.error_for_code(operation, command, code, description, message_id)


def _unused(response: Response[Any]) -> Any:
    raise AssertionError("SmscOperation reads replies in result()")


def _form_class(module: object) -> Any:
    hint = typing.get_type_hints(getattr(module, "sync_detailed"))["body"]  # noqa: B009
    return next(arg for arg in (*typing.get_args(hint), hint) if attrs.has(arg))


def _records(module: GeneratedOperation[P, Any], command: str, convert: Callable[[Reply], R]) -> SmscOperation[P, R]:
    """A list action: error 3 "no records" is an empty list."""
    return SmscOperation(module, command, convert, empty_on_no_records=True)


# ---- send.php
send_sms = SmscOperation(send.send_sms, "send", send_result)
send_sms_list = SmscOperation(send.send_sms_list, "send", send_result)
send_mms = SmscOperation(send.send_mms, "send", send_result)
send_email = SmscOperation(send.send_email, "send", send_result)
send_voice_call = SmscOperation(send.send_voice_call, "send", send_result)
send_viber = SmscOperation(send.send_viber, "send", send_result)
send_hlr = SmscOperation(send.send_hlr, "send", send_result)
send_ping = SmscOperation(send.send_ping, "send", send_result)
get_send_cost = SmscOperation(send.get_send_cost, "send", cost_estimate)

# ---- status.php, balance.php
get_status = SmscOperation(status.get_status, "status", delivery_status)
get_statuses = SmscOperation(status.get_statuses, "status", delivery_statuses)
delete_message = SmscOperation(status.delete_message, "status", done)
get_balance = SmscOperation(balance.get_balance, "balance", account_balance)

# ---- phones.php
add_contact = SmscOperation(contacts.add_contact, "phones", created_id)
change_contact = SmscOperation(contacts.change_contact, "phones", done)
delete_contact = SmscOperation(contacts.delete_contact, "phones", done)
list_contacts = _records(contacts.list_contacts, "phones", Records(models.Contact))
add_group = SmscOperation(contacts.add_group, "phones", created_id)
rename_group = SmscOperation(contacts.rename_group, "phones", done)
delete_group = SmscOperation(contacts.delete_group, "phones", done)
list_groups = _records(contacts.list_groups, "phones", Records(models.Group))
move_contact_to_group = SmscOperation(contacts.move_contact_to_group, "phones", done)
add_contact_to_group = SmscOperation(contacts.add_contact_to_group, "phones", done)
remove_contact_from_group = SmscOperation(contacts.remove_contact_from_group, "phones", done)
add_to_blacklist = SmscOperation(contacts.add_to_blacklist, "phones", created_id)
delete_from_blacklist = SmscOperation(contacts.delete_from_blacklist, "phones", done)
list_blacklist = _records(
    contacts.list_blacklist,
    "phones",
    Records(models.BlacklistEntry),
)

# ---- senders.php
list_senders = _records(senders.list_senders, "senders", Records(models.Sender))
add_sender = SmscOperation(senders.add_sender, "senders", created_id)
change_sender = SmscOperation(senders.change_sender, "senders", done)
send_sender_code = SmscOperation(senders.send_sender_code, "senders", done)
check_sender_code = SmscOperation(senders.check_sender_code, "senders", done)
delete_sender = SmscOperation(senders.delete_sender, "senders", done)

# ---- jobs.php
add_job = SmscOperation(jobs.add_job, "jobs", mailing_created)
cancel_job = SmscOperation(jobs.cancel_job, "jobs", done)
delete_job = SmscOperation(jobs.delete_job, "jobs", done)

# ---- get.php, info.php
get_history = _records(
    data.get_history,
    "get",
    Records(models.HistoryMessage),
)
get_incoming = _records(
    data.get_incoming,
    "get",
    Records(models.IncomingMessage),
)
get_statistics = SmscOperation(data.get_statistics, "get", OneRecord(models.Statistics))
get_prices = SmscOperation(data.get_prices, "get", Records(models.PriceZone))
get_operator = SmscOperation(
    info.get_operator,
    "info",
    OneRecord(models.OperatorInfo),
)

__all__ = [
    "AccountBalance",
    "CostEstimate",
    "DeliveryStatus",
    "MailingCreated",
    "SendResult",
    "SmscOperation",
]
