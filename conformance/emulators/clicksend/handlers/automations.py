"""The six automation sections (Inbound SMS, SMS/Email/Fax/Voice delivery receipts, Inbound Fax rules): each kind
of rule is a list, create, get, update and delete of the same shape (records.py makes the handlers).

Rules are kept, listed and changed as the docs show; the emulator does not run them (the docs say what a rule
matches, not what the service does when it fires), which the errata's "emulator's readings" say.
"""

from __future__ import annotations

from emulator_models import clicksend as models

from .records import Messages, RecordKind, register

KINDS = (
    RecordKind(
        "SMS inbound rule",
        "sms_inbound_rule",
        "inbound_rule_id",
        models.SmsInboundRuleRequest,
        Messages(
            "Your list of inbound rules.",
            "Your record has been added.",
            "Your inbound rule.",
            "Your record has been updated.",
            "Your record has been deleted.",
        ),
        deleted_data=[],
        unset={"body": None},
        request_only=("webhook_type",),
    ),
    RecordKind(
        "SMS receipt rule",
        "sms_receipt_rule",
        "receipt_rule_id",
        models.SmsReceiptRuleRequest,
        Messages(
            "Your list of rule incoming sms receipt.",
            "Your new SMS receipt has been added.",
            "Your rule incoming sms receipt.",
            "Your rule incoming sms receipt has been updated.",
            "Your rule incoming sms receipt has been deleted.",
        ),
        deleted_data=[],
    ),
    RecordKind(
        "Email receipt rule",
        "email_receipt_rule",
        "receipt_rule_id",
        models.EmailReceiptRuleRequest,
        Messages(
            "Here is your result.",
            "Automation email receipt rule has been created.",
            updated="Automation email receipt rule has been updated.",
            deleted="Automation email receipt rule has been deleted.",
        ),
        deleted_data=True,
    ),
    RecordKind(
        "Fax inbound rule",
        "fax_inbound_rule",
        "inbound_rule_id",
        models.FaxInboundRuleRequest,
        Messages(
            "Your inbound fax.",
            "New rule has been added.",
            "Your inbound fax.",
            "Your inbound fax.",
            "Your fax inbound rule has been deleted.",
        ),
        deleted_data=[],
        owner_shown=True,
    ),
    RecordKind(
        "Fax receipt rule",
        "fax_receipt_rule",
        "receipt_rule_id",
        models.FaxReceiptRuleRequest,
        Messages(
            "Here is your result.",
            "Your new Fax receipt has been added.",
            "Your rule incoming fax receipt.",
            "Your rule incoming fax receipt has been updated.",
            "Your rule incoming fax receipt has been deleted.",
        ),
    ),
    RecordKind(
        "Voice receipt rule",
        "voice_receipt_rule",
        "receipt_rule_id",
        models.VoiceReceiptRuleRequest,
        Messages(
            "Your voice receipts.",
            "Your new voice receipt has been added.",
            "Your rule incoming voice receipt.",
            "Your rule incoming voice receipt.",
            "Your rule voice receipt has been deleted.",
        ),
        deleted_data=[],
    ),
)

register(KINDS)
