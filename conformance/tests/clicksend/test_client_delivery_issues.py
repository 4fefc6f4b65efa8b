"""Delivery issues through the client: the demo account's, typed and paged, and a reported issue that the list
then holds."""

from __future__ import annotations

from datetime import UTC, datetime

from smsgw_clicksend.client import AuthenticatedClient
from smsgw_clicksend.models import DeliveryIssueRequest
from smsgw_clicksend.overlay import call, items, operations, paged
from smsgw_clicksend.results import DeliveryIssue

from conformance.tests.clicksend.conftest import Emulator


def issues(client: AuthenticatedClient) -> list[DeliveryIssue]:
    return list(items(paged.list_delivery_issues, client=client))


def test_the_demo_issues_are_typed(client: AuthenticatedClient) -> None:
    page = call(operations.list_delivery_issues, client=client)
    assert (page.total, page.current_page, page.last_page, page.from_, page.to) == (5, 1, 1, 1, 5)
    first = page.data[0]
    assert (first.issue_id, first.message_id, first.type, first.description) == (
        1,
        "B388828B-AD46-4366-8AD3-0305FF5E3FE5",
        "sms",
        "this is a test.",
    )
    assert first.date_added == datetime.fromtimestamp(1481610495, UTC)
    assert (first.resolved, first.status, first.support_comments, first.email_address) == (
        False,
        None,
        None,
        "test@user.com",
    )
    assert [issue.type for issue in page.data][-2:] == ["sms", "SMS"]  # as the docs' list spells them


def test_a_reported_issue_is_listed(client: AuthenticatedClient, client_emulator: Emulator) -> None:
    body = DeliveryIssueRequest(
        type_="SMS",
        description="This is a test",
        email_address="john_doe@user.com",
        message_id="B388828B-AD46-4366-8AD3-0305FF5E3FE5",
        client_comments="test",
    )
    made = call(operations.create_delivery_issue, client=client, body=body)
    assert (made.issue_id, made.type, made.client_comments, made.email_address) == (
        6,
        "SMS",
        "test",
        "john_doe@user.com",
    )
    assert made.user_id == call(operations.get_account, client=client).user_id
    assert abs(made.date_added.timestamp() - client_emulator.store.now()) <= 2 and made.date_added.tzinfo == UTC
    bare = call(
        operations.create_delivery_issue,
        client=client,
        body=DeliveryIssueRequest(type_="VOICE", description="no message named", email_address="a@b.co"),
    )
    assert (bare.issue_id, bare.message_id, bare.client_comments) == (7, None, None)
    listed = issues(client)
    assert [issue.issue_id for issue in listed] == [1, 2, 3, 4, 5, 6, 7] and listed[-2:] == [made, bare]
    found = list(items(paged.list_delivery_issues, client=client, q="type:voice"))
    assert found == [bare]
    newest = call(operations.list_delivery_issues, client=client, order_by="issue_id:desc").data[0]
    assert newest == bare
