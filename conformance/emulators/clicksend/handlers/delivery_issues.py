"""Delivery Issues: list_delivery_issues, create_delivery_issue. The email field may come as `email_address`
(the code sample, every answer) or `email-address` (the field table and body sample): `accept_email_spellings`
reads the second as the first before validation."""

from __future__ import annotations

from typing import Any

from emulator_models import clicksend as models
from starlette.responses import Response

from ...core import Call
from ..auth import Caller
from ..state import DeliveryIssue, Store
from . import operation
from .common import answer, paged


def accept_email_spellings(document: Any) -> Any:
    """The body with `email-address` read as `email_address` (when only the first is there)."""
    if isinstance(document, dict) and "email-address" in document and "email_address" not in document:
        document = {**document, "email_address": document["email-address"]}
        del document["email-address"]
    return document


def issue_wire(issue: DeliveryIssue) -> dict[str, Any]:
    return {
        "issue_id": issue.issue_id,
        "user_id": issue.user_id,
        "message_id": issue.message_id,
        "type": issue.type,
        "description": issue.description,
        "client_comments": issue.client_comments,
        "support_comments": None,
        "status": None,
        "date_added": issue.date_added,
        "resolved": 0,
        "email_address": issue.email_address,
    }


@operation("list_delivery_issues")
def list_delivery_issues(store: Store, call: Call[None, Caller]) -> Response:
    return answer(paged(call, [issue_wire(issue) for issue in call.principal.account.issues]), "Here is your result.")


@operation("create_delivery_issue")
def create_delivery_issue(store: Store, call: Call[models.DeliveryIssueRequest, Caller]) -> Response:
    account, body = call.principal.account, call.body
    issue = account.issues.add(
        lambda issue_id: DeliveryIssue(
            issue_id,
            account.user_id,
            body.message_id,
            body.type,
            body.description,
            body.client_comments,
            body.email_address,
            store.now(),
        )
    )
    return answer(issue_wire(issue), "Delivery issue has been created.")
