"""Statistics through the client: the SMS and voice totals and days of what the demo account sent (messages
sent by now, what they cost) and received, and how a send, a schedule and the clock change them."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from smsgw_clicksend.client import AuthenticatedClient
from smsgw_clicksend.models import SmsMessageCollection, SmsMessageInput, VoiceMessageInput, VoiceSendRequest
from smsgw_clicksend.overlay import all_sent, call, operations
from smsgw_clicksend.results import StatisticsOutbound

from conformance.tests.clicksend.conftest import TEST_NUMBERS, Emulator

DAY = 86_400


def day_of(moment: int) -> datetime:
    return datetime.fromtimestamp(moment - moment % DAY, UTC)


def test_sms_statistics_count_what_was_sent_and_received(
    client: AuthenticatedClient, client_emulator: Emulator
) -> None:
    before = call(operations.get_sms_statistics, client=client)
    assert before.currency.currency_name_short == "USD"
    assert before.total.inbound.count == 3 and before.total.bounced.count == 0  # the demo's inbound messages
    days = {day.date: day for day in before.stat}
    assert days[day_of(1436174407)].inbound.count == 3  # all received on 2015-07-06
    assert days[day_of(1436932432)].outbound.count == 1  # the history's message of 2015-07-15
    assert before.total.outbound.count == sum(day.outbound.count for day in before.stat)
    assert before.total.outbound.price == sum((day.outbound.price for day in before.stat), Decimal(0))
    assert [day.date for day in before.stat] == sorted(days)

    balance = call(operations.get_account, client=client).balance
    body = SmsMessageCollection(
        messages=[SmsMessageInput(body="one", to="+15184811002"), SmsMessageInput(body="two", to="+15184811003")]
    )
    all_sent(call(operations.send_sms, client=client, body=body))
    paid = balance - call(operations.get_account, client=client).balance
    after = call(operations.get_sms_statistics, client=client)
    assert after.total.outbound.count == before.total.outbound.count + 2
    assert after.total.outbound.price == before.total.outbound.price + paid and paid > 0
    today = {day.date: day for day in after.stat}[day_of(client_emulator.store.now())]
    assert today.outbound.count >= 2 and today.inbound.count == 0

    later = client_emulator.store.now() + 3600
    scheduled = SmsMessageCollection(messages=[SmsMessageInput(body="later", to="+15184811004", schedule=later)])
    all_sent(call(operations.send_sms, client=client, body=scheduled))
    assert call(operations.get_sms_statistics, client=client).total.outbound.count == after.total.outbound.count
    client_emulator.clock.advance(3601)  # now it has been sent
    assert call(operations.get_sms_statistics, client=client).total.outbound.count == after.total.outbound.count + 1


def test_voice_statistics_count_the_calls_made(client: AuthenticatedClient, client_emulator: Emulator) -> None:
    before = call(operations.get_voice_statistics, client=client)
    assert before.currency.currency_name_short == "USD" and before.total.bounced.count == 0
    (made,) = before.stats  # the demo call of 2015-09-29 (the other is scheduled a month ahead)
    assert (made.date, made.outbound.count, made.outbound.price) == (day_of(1443501617), 1, Decimal(0))
    assert (before.total.outbound.count, before.total.outbound.price) == (1, Decimal(0))
    balance = call(operations.get_account, client=client).balance
    body = VoiceSendRequest(messages=[VoiceMessageInput(body="Hello there", lang="en-us", to="+15184811005")])
    all_sent(call(operations.send_voice, client=client, body=body))
    paid = balance - call(operations.get_account, client=client).balance
    after = call(operations.get_voice_statistics, client=client)
    assert (after.total.outbound.count, after.total.outbound.price) == (2, paid) and paid > 0
    assert after.stats[-1].date == day_of(client_emulator.store.now()) and after.stats[-1].outbound.price == paid
    free = VoiceSendRequest(messages=[VoiceMessageInput(body="Test call", lang="en-us", to=TEST_NUMBERS[0])])
    all_sent(call(operations.send_voice, client=client, body=free))
    assert call(operations.get_voice_statistics, client=client).total.outbound == StatisticsOutbound(
        count=3, price=paid
    )
