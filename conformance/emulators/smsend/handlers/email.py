"""Email Campaign API: distribution lists (campaigns), their members, issues (drafts) and sending them.

`email_lists[id]` holds the create fields by wire name plus `status` (0 active, 1 archived, 2 to activate);
`list_members[id]` the contact ids; `issues[id]` an issue with its `list_id`, `status` (DRAFT, SCHEDULED) and,
once sent, its `contactIds` and `scheduleTime`. Templates are made in the web panel, which the emulator does
not have: it knows the fixed `TEMPLATES`; any other template id is a 404 (it is addressed by the path).
"""

from __future__ import annotations

from typing import Any

from emulator_models import smsend as models
from pydantic import BaseModel
from starlette.responses import Response

from ...core import ApiError, Call, empty, json_body
from ..state import AccountState, Store
from . import operation
from .common import find_group, resource_path

STATUS_NUMBERS = {"ACTIVE": 0, "ARCHIVED": 1, "TO_ACTIVATE": 2}
STATUS_NAMES = {number: name for name, number in STATUS_NUMBERS.items()}
TEMPLATES: dict[int, dict[str, str]] = {
    1: {"text_content": "Hello %NAME%, here is our news.", "html_content": "<p>Hello %NAME%, here is our news.</p>"},
    2: {"text_content": "Our offers of the month.", "html_content": "<h1>Our offers of the month</h1>"},
    3: {"text_content": "Thank you for subscribing.", "html_content": "<p>Thank you for subscribing.</p>"},
}


def find_list(account: AccountState, list_id: int) -> dict[str, Any]:
    found = account.email_lists.get(list_id)
    if found is None:
        raise ApiError(404, f"[Not found] The list {list_id} was not found")
    return found


def find_issue(account: AccountState, list_id: int, issue_id: int) -> dict[str, Any]:
    find_list(account, list_id)
    issue = account.issues.get(issue_id)
    if issue is None or issue["list_id"] != list_id:
        raise ApiError(404, f"[Not found] The issue {issue_id} of list {list_id} was not found")
    return issue


def _fields(body: BaseModel) -> dict[str, Any]:
    """The fields the body gives (wire names, JSON values)."""
    return body.model_dump(by_alias=True, mode="json", exclude_unset=True)


def put_list(account: AccountState, list_id: int, fields: dict[str, Any]) -> None:
    """Store a new, active list without members under a given id (its create fields by wire name)."""
    account.email_lists[list_id] = {**fields, "status": STATUS_NUMBERS["ACTIVE"]}
    account.list_members[list_id] = set()


@operation("create_list")
def create_list(store: Store, call: Call[models.EmailListCreateRequest, AccountState]) -> Response:
    list_id = store.next_id()
    put_list(call.principal, list_id, _fields(call.body))
    return empty(201, location=resource_path("list", list_id))


@operation("list_campaigns_by_status")
def list_campaigns_by_status(store: Store, call: Call[None, AccountState]) -> Response:
    account = call.principal
    wanted = {STATUS_NUMBERS[name] for name in call.query["statuses"].split(",")}
    campaigns = [
        {"id": list_id, **fields, "status": STATUS_NAMES[fields["status"]]}
        for list_id, fields in sorted(account.email_lists.items())
        if fields["status"] in wanted
    ]
    return json_body(campaigns)


@operation("modify_list")
def modify_list(store: Store, call: Call[models.EmailListModifyRequest, AccountState]) -> Response:
    list_id: int = call.path["list_id"]
    find_list(call.principal, list_id).update(_fields(call.body))
    return empty(204, location=resource_path("list", list_id))


@operation("add_group_to_list")
def add_group_to_list(store: Store, call: Call[None, AccountState]) -> Response:
    account = call.principal
    list_id: int = call.path["list_id"]
    find_list(account, list_id)
    find_group(account, call.path["group_id"])
    members = account.group_members.get(call.path["group_id"], set())
    account.list_members.setdefault(list_id, set()).update(members)
    return empty(200)


def put_issue(account: AccountState, issue_id: int, list_id: int, fields: dict[str, Any]) -> None:
    """Store a draft issue of a list under a given id (its fields by wire name)."""
    account.issues[issue_id] = {**fields, "list_id": list_id, "status": "DRAFT"}


def new_issue(store: Store, account: AccountState, list_id: int, fields: dict[str, Any]) -> int:
    issue_id = store.next_id()
    put_issue(account, issue_id, list_id, fields)
    return issue_id


@operation("create_email_draft")
def create_email_draft(store: Store, call: Call[models.EmailIssueCreateRequest, AccountState]) -> Response:
    account = call.principal
    list_id: int = call.path["list_id"]
    find_list(account, list_id)
    issue_id = new_issue(store, account, list_id, _fields(call.body))
    return empty(201, location=resource_path("list", list_id, "issue", issue_id))


@operation("create_issue_from_template")
def create_issue_from_template(
    store: Store, call: Call[models.EmailIssueFromTemplateRequest, AccountState]
) -> Response:
    account = call.principal
    list_id: int = call.path["campaignId"]
    find_list(account, list_id)
    template = TEMPLATES.get(call.path["template"])
    if template is None:
        raise ApiError(404, f"[Not found] The template {call.path['template']} was not found")
    fields = _fields(call.body)
    new_issue(store, account, list_id, {"title": fields["name"], "subject": fields["subject"], **template})
    return empty(200)


@operation("send_issue")
def send_issue(store: Store, call: Call[models.EmailIssueSendRequest, AccountState]) -> Response:
    """Contacts must exist and be in the list ("preloaded"): anything else is a bad request (400), not a 500."""
    account = call.principal
    list_id: int = call.path["campaignId"]
    issue = find_issue(account, list_id, call.path["idIssue"])
    fields = _fields(call.body)
    contact_ids: list[str] = fields["contactIds"]
    unknown = [contact_id for contact_id in contact_ids if contact_id not in account.contacts]
    if unknown:
        raise ApiError(400, f"Unknown contact ids: {', '.join(unknown)}")
    outside = [contact_id for contact_id in contact_ids if contact_id not in account.list_members.get(list_id, set())]
    if outside:
        raise ApiError(400, f"Contacts not in list {list_id}: {', '.join(outside)}")
    issue.update(status="SCHEDULED", contactIds=list(dict.fromkeys(contact_ids)), scheduleTime=fields["scheduleTime"])
    return empty(200)
