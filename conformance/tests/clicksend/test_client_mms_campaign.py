"""The MMS Campaign section through the client overlay, over HTTP against the served emulator: a campaign to a
list (one personalised MMS per contact, charged what its price said), its subject and media file checked with
the documented codes, updated and cancelled while scheduled with its price back, and every page of the list."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from smsgw_clicksend.client import AuthenticatedClient
from smsgw_clicksend.models import MmsCampaignRequest
from smsgw_clicksend.overlay import call, errors, items, operations, paged
from smsgw_clicksend.results import MmsHistoryItem
from smsgw_clicksend.types import UNSET, Unset

from conformance.emulators.clicksend import dataset
from conformance.emulators.clicksend.geography import SENDING_BY_CODE

from .conftest import Emulator

US_MMS = SENDING_BY_CODE["US"].mms_price
AU_MMS = SENDING_BY_CODE["AU"].mms_price
LIST = dataset.LIST  # four contacts, three different US numbers
OTHER_LIST = dataset.OTHER_LIST  # one Australian contact (John Doe)
SENDER = "+61353787448"
KOALA = "https://example.com/koala.jpg"


def campaign(
    body: str = "Hey (First Name), koalas!",
    *,
    list_id: int = LIST,
    name: str = "Koalas",
    subject: str = "Koalas",
    media_file: str = KOALA,
    sender: str = SENDER,
    schedule: int | Unset = UNSET,
) -> MmsCampaignRequest:
    return MmsCampaignRequest(
        list_id=list_id, name=name, body=body, from_=sender, subject=subject, media_file=media_file, schedule=schedule
    )


def balance(client: AuthenticatedClient) -> Decimal:
    return call(operations.get_account, client=client).balance


def history(client: AuthenticatedClient) -> list[MmsHistoryItem]:
    return list(items(paged.list_mms_history, client=client, limit=100))


def statuses(client: AuthenticatedClient) -> dict[int, str]:
    return {c.mms_campaign_id: c.status for c in items(paged.list_mms_campaigns, client=client)}


def test_the_price_previews_the_campaign_and_charges_nothing(client: AuthenticatedClient) -> None:
    before, sent_before = balance(client), len(history(client))
    priced = call(operations.calculate_mms_campaign_price, client=client, body=campaign())
    assert priced.total_count == 4
    assert priced.total_price == 3 * US_MMS  # the third Ellen repeats a number: throttled, not charged
    assert (priced.data.body, priced.data.from_) == ("Hey Ellen, koalas!", SENDER)  # as the first contact gets it
    assert priced.currency.currency_name_short == "USD"
    assert balance(client) == before and len(history(client)) == sent_before


def test_a_campaign_sends_each_contact_personalised_and_charges_what_its_price_said(
    client: AuthenticatedClient, client_emulator: Emulator
) -> None:
    before = balance(client)
    priced = call(operations.calculate_mms_campaign_price, client=client, body=campaign())
    start = client_emulator.store.now()
    made = call(operations.send_mms_campaign, client=client, body=campaign())
    assert (made.status, made.name, made.list_id, made.list_name, made.from_) == (
        "Queued",
        "Koalas",
        LIST,
        "Gorne Customers",
        SENDER,
    )
    assert (made.subject, made.file_name, made.media_file_url, made.total_count) == ("Koalas", "koala.jpg", KOALA, 4)
    assert made.body == "Hey (First Name), koalas!"  # the campaign keeps its placeholders
    assert made.schedule == made.date_added  # now
    assert start <= made.date_added.timestamp() <= client_emulator.store.now()
    assert balance(client) == before - priced.total_price == before - 3 * US_MMS
    sent = sorted((m.to, m.body, m.contact_id) for m in history(client) if m.body.endswith("koalas!"))
    assert sent == [
        ("+16783270696", "Hey Ellen, koalas!", 552786),
        ("+16783270697", "Hey Ellen, koalas!", 552787),
        ("+16783275492", "Hey Gorne, koalas!", 552807),
    ]

    got = call(operations.get_mms_campaign, client=client, mms_campaign_id=made.mms_campaign_id)
    assert got == made
    assert statuses(client)[made.mms_campaign_id] == "Queued"
    client_emulator.clock.advance(10)
    assert call(operations.get_mms_campaign, client=client, mms_campaign_id=made.mms_campaign_id).status == "Sent"
    with pytest.raises(errors.BadRequestError) as raised:  # only a scheduled campaign cancels
        call(operations.cancel_mms_campaign, client=client, mms_campaign_id=made.mms_campaign_id)
    assert (raised.value.status, raised.value.code) == (400, "BAD_REQUEST")


@pytest.mark.parametrize(
    ("request_body", "error", "code"),
    [
        (campaign(subject=""), errors.SubjectRequiredError, "SUBJECT_REQUIRED"),
        (campaign(subject="   "), errors.SubjectRequiredError, "SUBJECT_REQUIRED"),
        (campaign(media_file="koala.bmp"), errors.InvalidMediaFileError, "INVALID_MEDIA_FILE"),
        (campaign(media_file="https://example.com/koala.png"), errors.InvalidMediaFileError, "INVALID_MEDIA_FILE"),
        (campaign(sender="My Shop"), errors.InvalidSenderIdError, "INVALID_SENDER_ID"),
        (campaign(schedule=2**31), errors.InvalidScheduleError, "INVALID_SCHEDULE"),
        (campaign(list_id=999999), errors.NotFoundError, "NOT_FOUND"),
    ],
)
def test_a_bad_campaign_raises_the_typed_error_of_its_code_and_changes_nothing(
    client: AuthenticatedClient, request_body: MmsCampaignRequest, error: type[errors.ApiError], code: str
) -> None:
    before, listed, sent = balance(client), statuses(client), len(history(client))
    for operation in (operations.send_mms_campaign, operations.calculate_mms_campaign_price):
        with pytest.raises(error) as raised:
            call(operation, client=client, body=request_body)
        assert type(raised.value) is error and raised.value.code == code
    with pytest.raises(error):
        call(operations.update_mms_campaign, client=client, mms_campaign_id=dataset.MMS_CAMPAIGN, body=request_body)
    assert (balance(client), statuses(client), len(history(client))) == (before, listed, sent)


def test_the_demo_campaign_updates_and_cancels_with_its_price_back(client: AuthenticatedClient) -> None:
    demo = call(operations.get_mms_campaign, client=client, mms_campaign_id=dataset.MMS_CAMPAIGN)
    assert (demo.status, demo.name, demo.subject, demo.total_count, demo.list_name) == (
        "Scheduled",
        "My Campaign",
        "New MMS campaign test",
        4,
        "Gorne Customers",
    )
    assert demo.file_name == "8EA5FA8C-3216-4A5D-86EA-6BE78050E439.jpg" and demo.unsubscribe_link is False
    before = balance(client)
    later = int(demo.schedule.timestamp())
    updated = call(
        operations.update_mms_campaign,
        client=client,
        mms_campaign_id=dataset.MMS_CAMPAIGN,
        body=campaign(
            "Hi (First Name) (Last Name)",
            list_id=OTHER_LIST,
            name="Renamed",
            subject="New subject",
            media_file="https://example.com/new.gif",
            schedule=later,
        ),
    )
    assert (updated.mms_campaign_id, updated.name, updated.subject, updated.list_id, updated.total_count) == (
        dataset.MMS_CAMPAIGN,
        "Renamed",
        "New subject",
        OTHER_LIST,
        1,
    )
    assert (updated.file_name, updated.status, updated.schedule, updated.date_added) == (
        "new.gif",
        "Scheduled",
        demo.schedule,
        demo.date_added,
    )
    assert balance(client) == before + 3 * US_MMS - AU_MMS  # the old messages' price back, the new list's taken
    assert [(m.to, m.status) for m in history(client) if m.body == "Hi John Doe"] == [("+61477141888", "Scheduled")]
    assert call(operations.get_mms_campaign, client=client, mms_campaign_id=dataset.MMS_CAMPAIGN) == updated

    cancelled = call(operations.cancel_mms_campaign, client=client, mms_campaign_id=dataset.MMS_CAMPAIGN)
    assert (cancelled.status, cancelled.name) == ("Cancelled", "Renamed")
    assert balance(client) == before + 3 * US_MMS
    assert [m.status for m in history(client) if m.body == "Hi John Doe"] == ["Cancelled"]
    assert statuses(client) == {dataset.MMS_CAMPAIGN: "Cancelled"}
    with pytest.raises(errors.BadRequestError):
        call(operations.cancel_mms_campaign, client=client, mms_campaign_id=dataset.MMS_CAMPAIGN)
    with pytest.raises(errors.BadRequestError):
        call(operations.update_mms_campaign, client=client, mms_campaign_id=dataset.MMS_CAMPAIGN, body=campaign())
    with pytest.raises(errors.NotFoundError):
        call(operations.get_mms_campaign, client=client, mms_campaign_id=999999)
    with pytest.raises(errors.NotFoundError):
        call(operations.cancel_mms_campaign, client=client, mms_campaign_id=999999)


def test_a_scheduled_campaign_waits_then_sends(client: AuthenticatedClient, client_emulator: Emulator) -> None:
    later = client_emulator.store.now() + 600
    made = call(operations.send_mms_campaign, client=client, body=campaign("later (First Name)", schedule=later))
    assert (made.status, made.schedule) == ("Scheduled", datetime.fromtimestamp(later, UTC))
    assert {m.status for m in history(client) if m.body.startswith("later ")} == {"Scheduled"}
    client_emulator.clock.advance(601)
    assert call(operations.get_mms_campaign, client=client, mms_campaign_id=made.mms_campaign_id).status == "Queued"
    assert {m.status for m in history(client) if m.body.startswith("later ")} == {"Queued"}


def test_what_the_balance_cannot_pay_refuses_the_whole_campaign(
    client: AuthenticatedClient, client_emulator: Emulator
) -> None:
    client_emulator.demo.balance = US_MMS  # one message of three
    with pytest.raises(errors.InsufficientCreditError) as raised:
        call(operations.send_mms_campaign, client=client, body=campaign())
    assert (raised.value.status, raised.value.code) == (400, "INSUFFICIENT_CREDIT")
    assert balance(client) == US_MMS and statuses(client) == {dataset.MMS_CAMPAIGN: "Scheduled"}
    assert not any(m.body.endswith("koalas!") for m in history(client))


def test_the_campaign_list_walks_every_page(client: AuthenticatedClient) -> None:
    for n in range(20):
        call(
            operations.send_mms_campaign,
            client=client,
            body=campaign(f"campaign {n}", list_id=OTHER_LIST, name=f"M{n}"),
        )
    first = call(operations.list_mms_campaigns, client=client, limit=15)
    assert (first.total, first.current_page, first.last_page, len(first.data)) == (21, 1, 2, 15)
    names = [c.name for c in items(paged.list_mms_campaigns, client=client, limit=15)]
    assert names == ["My Campaign"] + [f"M{n}" for n in range(20)]
