"""Client tests for the Email Campaign section."""

from __future__ import annotations

import uuid

import pytest
from smsgw_smsend.client import AuthenticatedClient
from smsgw_smsend.models import (
    EmailAttachment,
    EmailIssueCreateRequest,
    EmailIssueFromTemplateRequest,
    EmailIssueSendRequest,
    EmailListModifyRequest,
)
from smsgw_smsend.overlay import call
from smsgw_smsend.overlay.errors import BadRequestError, NotFoundError
from smsgw_smsend.overlay.operations import (
    add_group_to_list,
    create_email_draft,
    create_issue_from_template,
    list_campaigns_by_status,
    modify_list,
    send_issue,
)

from .builders import new_email_list, new_group_with_contacts
from .conftest import Emulator


def campaign_ids(client: AuthenticatedClient, statuses: str) -> set[int]:
    return {campaign["id"] for campaign in call(list_campaigns_by_status, client=client, statuses=statuses)}


def new_draft(client: AuthenticatedClient, list_id: int) -> int:
    body = EmailIssueCreateRequest(
        title="Issue 1",
        subject="Our news",
        share_social=False,
        text_content="Hello",
        html_content="<p>Hello</p>",
        attachments=[EmailAttachment(file_name="a.txt", file_content_base64="aGVsbG8=")],
    )
    issue_id: int = call(create_email_draft, client=client, list_id=list_id, body=body)
    return issue_id


def test_create_list_is_active_and_modify_archives_it(client: AuthenticatedClient, emulator: Emulator) -> None:
    title = f"list-{uuid.uuid4().hex[:8]}"
    list_id = new_email_list(client, title)
    assert emulator.account().email_lists[list_id]["title"] == title
    campaigns = {campaign["id"]: campaign for campaign in call(list_campaigns_by_status, client=client)}
    assert campaigns[list_id]["title"] == title
    assert campaigns[list_id]["status"] == "ACTIVE"
    assert (
        call(modify_list, client=client, list_id=list_id, body=EmailListModifyRequest(title="Renamed", status=1))
        == list_id
    )
    assert list_id not in campaign_ids(client, "ACTIVE")
    assert list_id in campaign_ids(client, "ARCHIVED,TO_ACTIVATE")
    assert emulator.account().email_lists[list_id]["title"] == "Renamed"
    assert emulator.account().email_lists[list_id]["email_sender"] == "news@example.com"  # untouched


def test_modify_unknown_list_is_404(client: AuthenticatedClient) -> None:
    with pytest.raises(NotFoundError):
        call(modify_list, client=client, list_id=999_999, body=EmailListModifyRequest(title="x"))


def test_add_group_to_list_adds_its_contacts(client: AuthenticatedClient, emulator: Emulator) -> None:
    list_id = new_email_list(client)
    group_id = new_group_with_contacts(client, ["+393470000101", "+393470000102"])
    call(add_group_to_list, client=client, list_id=list_id, group_id=group_id, sendoptin=True)
    assert emulator.account().list_members[list_id] == emulator.account().group_members[group_id]
    with pytest.raises(NotFoundError):
        call(add_group_to_list, client=client, list_id=list_id, group_id=999_999)
    with pytest.raises(NotFoundError):
        call(add_group_to_list, client=client, list_id=999_999, group_id=group_id)


def test_draft_then_send_to_list_members(client: AuthenticatedClient, emulator: Emulator) -> None:
    list_id = new_email_list(client)
    group_id = new_group_with_contacts(client, ["+393470000201"])
    call(add_group_to_list, client=client, list_id=list_id, group_id=group_id)
    issue_id = new_draft(client, list_id)
    issue = emulator.account().issues[issue_id]
    assert (issue["list_id"], issue["subject"], issue["status"]) == (list_id, "Our news", "DRAFT")
    member = next(iter(emulator.account().group_members[group_id]))
    body = EmailIssueSendRequest(contact_ids=[member], schedule_time="2030-01-01 10:00:00")
    call(send_issue, client=client, campaign_id=list_id, id_issue=issue_id, body=body)
    assert (issue["status"], issue["contactIds"], issue["scheduleTime"]) == (
        "SCHEDULED",
        [member],
        "2030-01-01 10:00:00",
    )


def test_send_issue_errors(client: AuthenticatedClient, emulator: Emulator) -> None:
    list_id = new_email_list(client)
    issue_id = new_draft(client, list_id)
    outsider = new_group_with_contacts(client, ["+393470000301"])
    not_member = next(iter(emulator.account().group_members[outsider]))
    with pytest.raises(BadRequestError, match="Unknown contact"):
        body = EmailIssueSendRequest(contact_ids=["999999999"], schedule_time="2030-01-01 10:00:00")
        call(send_issue, client=client, campaign_id=list_id, id_issue=issue_id, body=body)
    with pytest.raises(BadRequestError, match="not in list"):
        body = EmailIssueSendRequest(contact_ids=[not_member], schedule_time="2030-01-01 10:00:00")
        call(send_issue, client=client, campaign_id=list_id, id_issue=issue_id, body=body)
    with pytest.raises(NotFoundError):
        call(send_issue, client=client, campaign_id=list_id, id_issue=999_999, body=body)


def test_issue_from_template(client: AuthenticatedClient, emulator: Emulator) -> None:
    list_id = new_email_list(client)
    before = set(emulator.account().issues)
    body = EmailIssueFromTemplateRequest(name="From template", subject="Templated")
    call(create_issue_from_template, client=client, campaign_id=list_id, template=1, body=body)
    (created,) = set(emulator.account().issues) - before
    issue = emulator.account().issues[created]
    assert (issue["title"], issue["subject"], issue["list_id"]) == ("From template", "Templated", list_id)
    with pytest.raises(NotFoundError, match="template"):
        call(create_issue_from_template, client=client, campaign_id=list_id, template=999, body=body)
    with pytest.raises(NotFoundError):
        call(create_issue_from_template, client=client, campaign_id=999_999, template=1, body=body)
    with pytest.raises(NotFoundError):
        new_draft(client, 999_999)
