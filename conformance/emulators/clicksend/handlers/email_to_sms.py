"""Email to SMS: the addresses allowed to send SMS by email (list, add) and the strings stripped from such emails
(list, create, get, update, delete); plain records (records.py). An address added without a sender ID shows an
empty `from` (the docs show none added so)."""

from __future__ import annotations

from emulator_models import clicksend as models

from .records import Messages, RecordKind, register

ALLOWED_ADDRESSES = RecordKind(
    "Allowed email address",
    "email_sms_allowed_address",
    "email_address_id",
    models.EmailSmsAllowedAddressRequest,
    Messages("Here are some data.", "New data has been saved."),
    unset={"from": ""},
    actions=("list", "create"),
    plural="email_sms_allowed_addresses",
)
STRIPPED_STRINGS = RecordKind(
    "Stripped string rule",
    "email_sms_stripped_string",
    "rule_id",
    models.EmailSmsStrippedStringRequest,
    Messages(
        "Here is your result.",
        "Strip string has been created.",
        updated="Strip string has been updated.",
        deleted="Strip string has been deleted.",
    ),
    deleted_data=True,
)

register((ALLOWED_ADDRESSES, STRIPPED_STRINGS))
