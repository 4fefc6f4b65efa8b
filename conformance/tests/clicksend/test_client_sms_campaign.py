"""The SMS Campaign section through the client overlay, over HTTP against the served emulator: a campaign to a
list (one personalised message per contact, charged what its price said), scheduled, updated and cancelled with
its price back, its state moving with the clock, and the whole-request errors of the documented codes."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from smsgw_clicksend.client import AuthenticatedClient
from smsgw_clicksend.models import SmsCampaignInput, SmsCampaignSendInput
from smsgw_clicksend.overlay import call, errors, items, operations, paged
from smsgw_clicksend.results import SmsHistoryMessage

from conformance.emulators.clicksend import dataset
from conformance.emulators.clicksend.geography import SENDING_BY_CODE

from .conftest import Emulator

US_SMS = SENDING_BY_CODE["US"].sms_price
AU_SMS = SENDING_BY_CODE["AU"].sms_price
LIST = dataset.LIST  # four contacts, three different US numbers (Ellen, Ellen, Ellen again, Gorne)
OTHER_LIST = dataset.OTHER_LIST  # one Australian contact (John Doe)


def balance(client: AuthenticatedClient) -> Decimal:
    return call(operations.get_account, client=client).balance


def history(client: AuthenticatedClient) -> list[SmsHistoryMessage]:
    return list(items(paged.list_sms_history, client=client, limit=100))


def campaign_ids(client: AuthenticatedClient) -> dict[int, str]:
    return {c.sms_campaign_id: c.status for c in items(paged.list_sms_campaigns, client=client)}


def test_the_price_previews_the_campaign_and_charges_nothing(client: AuthenticatedClient) -> None:
    before, sent_before = balance(client), len(history(client))
    body = SmsCampaignInput(list_id=LIST, name="Preview", body="(First Name), hello")
    priced = call(operations.calculate_sms_campaign_price, client=client, body=body)
    assert priced.total_count == 4
    assert priced.total_price == 3 * US_SMS  # the third Ellen repeats a number: throttled, not charged
    assert (priced.data.body, priced.data.from_) == ("Ellen, hello", dataset.DEDICATED_NUMBER)  # the first contact
    assert priced.currency.currency_name_short == "USD"
    assert balance(client) == before and len(history(client)) == sent_before


def test_a_campaign_sends_each_contact_personalised_and_charges_what_its_price_said(
    client: AuthenticatedClient, client_emulator: Emulator
) -> None:
    before = balance(client)
    priced = call(
        operations.calculate_sms_campaign_price,
        client=client,
        body=SmsCampaignInput(list_id=LIST, name="Spring", body="Hi (First Name)"),
    )
    start = client_emulator.store.now()
    made = call(
        operations.send_sms_campaign,
        client=client,
        body=SmsCampaignSendInput(list_id=LIST, name="Spring", body="Hi (First Name)"),
    )
    assert (made.status, made.name, made.list_id, made.from_) == ("Queued", "Spring", LIST, dataset.DEDICATED_NUMBER)
    assert made.body == "Hi (First Name) StopMsg.me/xxxxx"  # the opt-out the service adds
    assert start <= made.date_added.timestamp() <= client_emulator.store.now() and made.schedule == made.date_added
    assert (made.total_count, made.ip_address) == (None, None)  # the send answer has neither
    assert balance(client) == before - priced.total_price == before - 3 * US_SMS

    sent = sorted(
        (m.to, m.body, m.contact_id) for m in history(client) if m.list_id == LIST and m.body.startswith("Hi ")
    )
    assert sent == [
        ("+16783270696", "Hi Ellen StopMsg.me/xxxxx", 552786),
        ("+16783270697", "Hi Ellen StopMsg.me/xxxxx", 552787),
        ("+16783275492", "Hi Gorne StopMsg.me/xxxxx", 552807),
    ]
    got = call(operations.get_sms_campaign, client=client, sms_campaign_id=made.sms_campaign_id)
    assert (got.total_count, got.name, got.body, got.ip_address) == (4, "Spring", made.body, "127.0.0.1")
    assert campaign_ids(client)[made.sms_campaign_id] == "Queued"
    client_emulator.clock.advance(10)
    assert call(operations.get_sms_campaign, client=client, sms_campaign_id=made.sms_campaign_id).status == "Sent"
    assert campaign_ids(client)[made.sms_campaign_id] == "Sent"
    with pytest.raises(errors.BadRequestError) as raised:  # only a scheduled campaign cancels
        call(operations.cancel_sms_campaign, client=client, sms_campaign_id=made.sms_campaign_id)
    assert (raised.value.status, raised.value.code) == (400, "BAD_REQUEST")


def test_a_scheduled_campaign_updates_and_cancels_with_its_price_back(
    client: AuthenticatedClient, client_emulator: Emulator
) -> None:
    before = balance(client)
    later = client_emulator.store.now() + 3600
    made = call(
        operations.send_sms_campaign,
        client=client,
        body=SmsCampaignSendInput(list_id=LIST, name="Later", body="x reply stop", schedule=later),
    )
    assert (made.status, made.schedule, made.body) == ("Scheduled", datetime.fromtimestamp(later, UTC), "x reply stop")
    assert balance(client) == before - 3 * US_SMS  # charged when scheduled
    assert {m.status for m in history(client) if m.body == "x reply stop"} == {"Scheduled"}

    updated = call(
        operations.update_sms_campaign,
        client=client,
        sms_campaign_id=made.sms_campaign_id,
        body=SmsCampaignInput(list_id=OTHER_LIST, name="Later 2", body="Hi (First Name)", schedule=later),
    )
    assert (updated.sms_campaign_id, updated.name, updated.list_id, updated.total_count) == (
        made.sms_campaign_id,
        "Later 2",
        OTHER_LIST,
        1,
    )
    assert (updated.status, updated.body, updated.date_added) == ("Scheduled", "Hi (First Name)", made.date_added)
    assert balance(client) == before - AU_SMS  # the old messages' price back, the new list's one taken
    assert {m.status for m in history(client) if m.body == "x reply stop"} == {"Cancelled"}
    assert [(m.to, m.status) for m in history(client) if m.body == "Hi John"] == [("+61477141888", "Scheduled")]

    cancelled = call(operations.cancel_sms_campaign, client=client, sms_campaign_id=made.sms_campaign_id)
    assert (cancelled.status, cancelled.name) == ("Cancelled", "Later 2")
    assert balance(client) == before
    assert [m.status for m in history(client) if m.body == "Hi John"] == ["Cancelled"]
    assert campaign_ids(client)[made.sms_campaign_id] == "Cancelled"
    with pytest.raises(errors.BadRequestError):
        call(operations.cancel_sms_campaign, client=client, sms_campaign_id=made.sms_campaign_id)
    with pytest.raises(errors.BadRequestError):
        call(
            operations.update_sms_campaign,
            client=client,
            sms_campaign_id=made.sms_campaign_id,
            body=SmsCampaignInput(list_id=LIST, name="n", body="b"),
        )
    assert balance(client) == before


def test_the_demo_campaigns_are_listed_read_and_cancelled(client: AuthenticatedClient) -> None:
    assert campaign_ids(client) == {dataset.SMS_CAMPAIGN_TO_CANCEL: "Scheduled", dataset.SMS_CAMPAIGN: "Scheduled"}
    demo = call(operations.get_sms_campaign, client=client, sms_campaign_id=dataset.SMS_CAMPAIGN)
    assert (demo.name, demo.list_id, demo.total_count, demo.ip_address) == ("My Campaign 1", LIST, 4, "192.168.10.1")
    assert demo.body == "This is my new campaign message. StopMsg.me/xxxxx"
    before = balance(client)
    cancelled = call(operations.cancel_sms_campaign, client=client, sms_campaign_id=dataset.SMS_CAMPAIGN_TO_CANCEL)
    assert cancelled.status == "Cancelled"
    assert balance(client) == before + 3 * US_SMS  # its three messages to US numbers
    assert campaign_ids(client) == {dataset.SMS_CAMPAIGN_TO_CANCEL: "Cancelled", dataset.SMS_CAMPAIGN: "Scheduled"}


def test_the_campaign_list_walks_every_page(client: AuthenticatedClient) -> None:
    for n in range(20):
        call(
            operations.send_sms_campaign,
            client=client,
            body=SmsCampaignSendInput(list_id=OTHER_LIST, name=f"C{n}", body=f"campaign {n} stop"),
        )
    first = call(operations.list_sms_campaigns, client=client, limit=15)
    assert (first.total, first.last_page, len(first.data)) == (22, 2, 15)
    names = [c.name for c in items(paged.list_sms_campaigns, client=client, limit=15)]
    assert names == ["My Campaign 1"] * 2 + [f"C{n}" for n in range(20)]


def test_what_the_balance_cannot_pay_refuses_the_whole_campaign(
    client: AuthenticatedClient, client_emulator: Emulator
) -> None:
    client_emulator.demo.balance = US_SMS  # one message of three
    listed = campaign_ids(client)
    with pytest.raises(errors.InsufficientCreditError) as raised:
        call(
            operations.send_sms_campaign,
            client=client,
            body=SmsCampaignSendInput(list_id=LIST, name="Poor", body="poor stop"),
        )
    assert (raised.value.status, raised.value.code) == (400, "INSUFFICIENT_CREDIT")
    assert raised.value.message is not None and "message credits" in raised.value.message
    assert balance(client) == US_SMS and campaign_ids(client) == listed
    assert not any(m.body == "poor stop" for m in history(client))


def test_a_short_url_needs_both_the_placeholder_and_the_url(client: AuthenticatedClient) -> None:
    with pytest.raises(errors.BadRequestError) as placeholder_alone:
        call(
            operations.send_sms_campaign,
            client=client,
            body=SmsCampaignSendInput(list_id=LIST, name="n", body="Go to smsu.io/xxxxx now, reply stop"),
        )
    assert placeholder_alone.value.code == "BAD_REQUEST"
    with pytest.raises(errors.BadRequestError):
        call(
            operations.send_sms_campaign,
            client=client,
            body=SmsCampaignSendInput(list_id=LIST, name="n", body="reply stop", url_to_shorten="https://x.example"),
        )
    linked = call(
        operations.send_sms_campaign,
        client=client,
        body=SmsCampaignSendInput(
            list_id=LIST, name="n", body="Go to smsu.io/xxxxx now, reply stop", url_to_shorten="https://x.example/sale"
        ),
    )
    assert "smsu.io/xxxxx" not in linked.body and linked.body.startswith("Go to smsu.io/")
    assert len(linked.body.split()[2]) == len("smsu.io/xxxxx")


def test_a_bad_list_sender_or_schedule_raises_its_typed_error(client: AuthenticatedClient) -> None:
    with pytest.raises(errors.NotFoundError) as unknown_list:
        call(
            operations.calculate_sms_campaign_price,
            client=client,
            body=SmsCampaignInput(list_id=999999, name="n", body="b"),
        )
    assert unknown_list.value.code == "NOT_FOUND"
    with pytest.raises(errors.NotFoundError):
        call(operations.send_sms_campaign, client=client, body=SmsCampaignSendInput(list_id=999999, name="n", body="b"))
    with pytest.raises(errors.InvalidSenderIdError) as sender:
        call(
            operations.send_sms_campaign,
            client=client,
            body=SmsCampaignSendInput(list_id=LIST, name="n", body="b stop", from_="My Shop"),
        )
    assert (sender.value.status, sender.value.code) == (400, "INVALID_SENDER_ID")
    with pytest.raises(errors.InvalidScheduleError):
        call(
            operations.update_sms_campaign,
            client=client,
            sms_campaign_id=dataset.SMS_CAMPAIGN,
            body=SmsCampaignInput(list_id=LIST, name="n", body="b", schedule=2**31),
        )
    with pytest.raises(errors.NotFoundError):
        call(operations.get_sms_campaign, client=client, sms_campaign_id=999999)
    with pytest.raises(errors.NotFoundError):
        call(operations.cancel_sms_campaign, client=client, sms_campaign_id=999999)
    assert campaign_ids(client) == {dataset.SMS_CAMPAIGN_TO_CANCEL: "Scheduled", dataset.SMS_CAMPAIGN: "Scheduled"}
