"""The Voice section through the client overlay, over HTTP against the served emulator: the languages and their
voices (the docs' table), `lang` and `voice` checked per message, calls charged by their own parts (the price
agreeing with the send), scheduled calls cancelled one by one or all at once, receipts of the delivered calls,
the history (every page) and the export's CSV."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from decimal import Decimal

import httpx
import pytest
from smsgw_clicksend.client import AuthenticatedClient
from smsgw_clicksend.models import VoiceMessageInput, VoiceSendRequest
from smsgw_clicksend.models.voice_message_input_voice import VoiceMessageInputVoice
from smsgw_clicksend.overlay import MessagesRefusedError, all_sent, call, errors, items, operations, paged, refused
from smsgw_clicksend.results import VoiceHistoryItem, VoiceSendResult
from smsgw_clicksend.types import UNSET, Unset

from conformance.emulators.clicksend import dataset
from conformance.emulators.clicksend.geography import SENDING_BY_CODE

from .conftest import TEST_NUMBERS, Emulator

US_NUMBER = "+15184811001"
US_VOICE = SENDING_BY_CODE["US"].voice_price
DEMO_CALL = "D6456F8A-9DF9-46EC-8014-BFE87860F65C"  # delivered in 2015
DELIVERED = "Success: Message received on handset."
BOTH = ["female", "male"]
# The docs' "Allowed languages" table (lang, locale, voices: the first one the default).
DOCS_LANGUAGES = {
    "en-us": ("English, US", BOTH),
    "en-au": ("English, Australia", BOTH),
    "en-gb": ("English, UK", BOTH),
    "en-in": ("English, India", ["female"]),
    "en-gb-wls": ("English, Wales", BOTH),
    "cy-gb-wls": ("Celtic, Wales", BOTH),
    "de-de": ("German, Germany", BOTH),
    "es-es": ("Spanish, Spain", BOTH),
    "es-us": ("Spanish, US", BOTH),
    "fr-ca": ("French, Canada", ["female"]),
    "fr-fr": ("French, France", BOTH),
    "is-is": ("Icelandic, Iceland", BOTH),
    "it-it": ("Italian, Italy", BOTH),
    "da-dk": ("Danish, Denmark", BOTH),
    "nl-nl": ("Dutch, Netherlands", BOTH),
    "nb-no": ("Norwegian, Norway", ["female"]),
    "pl-pl": ("Polish, Poland", BOTH),
    "pt-pt": ("Portuguese, Portugal", ["male"]),
    "pt-br": ("Portuguese, Brazil", BOTH),
    "ro-ro": ("Romanian, Romania", ["female"]),
    "ru-ru": ("Russian, Russia", BOTH),
    "sv-se": ("Swedish, Sweden", ["female"]),
    "tr-tr": ("Turkish, Turkey", ["female"]),
}


def balance(client: AuthenticatedClient) -> Decimal:
    return call(operations.get_account, client=client).balance


def voice(
    to: str | Unset = TEST_NUMBERS[0],
    body: str = "hello",
    lang: str = "en-us",
    *,
    voice: VoiceMessageInputVoice | Unset = UNSET,
    schedule: int | Unset = UNSET,
    custom_string: str | Unset = UNSET,
    list_id: int | Unset = UNSET,
) -> VoiceMessageInput:
    return VoiceMessageInput(
        body=body, lang=lang, to=to, voice=voice, schedule=schedule, custom_string=custom_string, list_id=list_id
    )


def send(client: AuthenticatedClient, *messages: VoiceMessageInput) -> VoiceSendResult:
    return call(operations.send_voice, client=client, body=VoiceSendRequest(messages=list(messages)))


def history(client: AuthenticatedClient) -> dict[str, VoiceHistoryItem]:
    return {message.message_id: message for message in items(paged.list_voice_history, client=client, limit=100)}


def receipts(client: AuthenticatedClient) -> list[str]:
    return [receipt.message_id for receipt in items(paged.list_voice_receipts, client=client)]


def test_the_languages_are_the_docs_table(client: AuthenticatedClient) -> None:
    languages = call(operations.list_voice_languages, client=client)
    assert {language.code: (language.country, language.gender) for language in languages} == DOCS_LANGUAGES
    assert len(languages) == len(DOCS_LANGUAGES)


@pytest.mark.parametrize(
    ("message", "status"),
    [
        (voice(lang="xx-yy"), "INVALID_LANG"),
        (voice(lang="en"), "INVALID_LANG"),
        (voice(lang="en-in", voice="male"), "INVALID_VOICE"),  # English, India: female only
        (voice(lang="pt-pt", voice="female"), "INVALID_VOICE"),  # Portuguese, Portugal: male only
        (voice(body=" "), "EMPTY_MESSAGE"),
        (voice(to="not a number"), "INVALID_RECIPIENT"),
        (voice(to=UNSET), "MISSING_REQUIRED_FIELDS"),
        (voice(schedule=2**31), "INVALID_SCHEDULE"),
    ],
)
def test_a_refused_call_is_typed_and_charges_nothing(
    client: AuthenticatedClient, message: VoiceMessageInput, status: str
) -> None:
    before = balance(client)
    sent = send(client, voice(US_NUMBER, f"fine {status}"), message)
    assert [m.status for m in sent.messages] == ["SUCCESS", status]
    (bad,) = refused(sent)
    assert bad is sent.messages[1]
    assert (sent.total_count, sent.queued_count, sent.total_price) == (2, 1, US_VOICE)
    with pytest.raises(MessagesRefusedError) as raised:
        all_sent(sent)
    assert raised.value.refused == [bad]
    assert balance(client) == before - US_VOICE
    assert bad.message_id not in history(client)


@pytest.mark.parametrize(
    ("lang", "asked", "used"),
    [
        ("pt-pt", UNSET, "male"),  # the language's only voice
        ("en-au", UNSET, "female"),  # "female (default) / male"
        ("en-gb", "male", "male"),
        ("en-in", "female", "female"),
    ],
)
def test_the_voice_is_the_one_asked_for_or_the_languages_default(
    client: AuthenticatedClient, lang: str, asked: VoiceMessageInputVoice | Unset, used: str
) -> None:
    (message,) = all_sent(send(client, voice(body=f"voice {lang}", lang=lang, voice=asked))).messages
    assert (message.lang, message.voice) == (lang, used)
    listed = history(client)[message.message_id]
    assert (listed.lang, listed.voice) == (lang, used)


def test_a_call_to_a_test_number_costs_nothing(client: AuthenticatedClient) -> None:
    before = balance(client)
    sent = all_sent(send(client, *(voice(number, f"free {number}") for number in TEST_NUMBERS)))
    assert [m.to for m in sent.messages] == list(TEST_NUMBERS)
    assert sent.total_price == Decimal(0) and {m.message_price for m in sent.messages} == {Decimal(0)}
    first = sent.messages[0]
    assert (first.to_type, first.from_, first.require_input, first.machine_detection) == ("mobile", None, False, False)
    assert sent.currency.currency_name_short == "USD"
    assert balance(client) == before


@pytest.mark.parametrize(
    ("body", "parts", "kept"),
    [
        ("v" * 300, 1, 300),
        ("v" * 301, 2, 301),
        ("v" * 1200, 4, 1200),
        ("v" * 5000, 4, 1200),  # longer than 4 parts: truncated
        ("ж" * 150, 1, 150),
        ("ж" * 151, 2, 151),
        ("ж" * 450, 3, 450),
        ("ж" * 600, 3, 450),
    ],
)
def test_a_call_costs_its_own_parts(client: AuthenticatedClient, body: str, parts: int, kept: int) -> None:
    before = balance(client)
    (message,) = all_sent(send(client, voice(US_NUMBER, body))).messages
    assert (message.message_parts, message.body, message.country) == (parts, body[:kept], "US")
    assert message.message_price == parts * US_VOICE
    assert balance(client) == before - parts * US_VOICE
    listed = history(client)[message.message_id]
    assert (listed.message_parts, listed.message_price) == (parts, parts * US_VOICE)


def test_the_price_agrees_with_what_the_send_then_charges(client: AuthenticatedClient) -> None:
    body = VoiceSendRequest(
        messages=[
            voice(US_NUMBER, "v" * 601, custom_string="ref-2"),
            voice("+61298444214", "landline", "en-au"),  # an Australian landline
            voice("+33612345678", "bonjour", "fr-fr"),  # voice needs no global-sending selection
            voice(TEST_NUMBERS[1], "free"),
        ]
    )
    expected = [3 * US_VOICE, SENDING_BY_CODE["AU"].voice_price, SENDING_BY_CODE["FR"].voice_price, Decimal(0)]
    before = balance(client)
    priced = call(operations.calculate_voice_price, client=client, body=body)
    assert [(m.status, m.message_price) for m in priced.messages] == [("SUCCESS", price) for price in expected]
    assert priced.total_price == sum(expected) and priced.messages[0].custom_string == "ref-2"
    assert balance(client) == before and not any(m.body == "v" * 601 for m in history(client).values())

    sent = all_sent(call(operations.send_voice, client=client, body=body))
    assert sent.total_price == priced.total_price and [m.message_price for m in sent.messages] == expected
    assert [m.to_type for m in sent.messages] == ["mobile", "landline", "mobile", "mobile"]
    assert balance(client) == before - sum(expected)
    assert history(client)[sent.messages[1].message_id].to_type == "landline"


def test_a_list_call_goes_to_each_contact_personalised(client: AuthenticatedClient) -> None:
    sent = send(client, voice(UNSET, "Hello (First Name) (Last Name)", list_id=dataset.LIST))
    assert [m.to for m in sent.messages] == ["+16783270696", "+16783270697", "+16783270696", "+16783275492"]
    assert [m.status for m in sent.messages] == ["SUCCESS", "SUCCESS", "THROTTLED", "SUCCESS"]  # one number twice
    assert sent.messages[3].body == "Hello Gorne Smith" and sent.total_price == 3 * US_VOICE
    assert history(client)[sent.messages[3].message_id].list_id == dataset.LIST


def test_a_scheduled_call_cancels_with_its_price_back(client: AuthenticatedClient, client_emulator: Emulator) -> None:
    before = balance(client)
    later = client_emulator.store.now() + 600
    (message,) = all_sent(send(client, voice(US_NUMBER, "later", schedule=later))).messages
    assert message.schedule == datetime.fromtimestamp(later, UTC)
    assert balance(client) == before - US_VOICE
    listed = history(client)[message.message_id]
    assert (listed.status, listed.schedule, listed.status_code, listed.digits) == (
        "Scheduled",
        message.schedule,
        None,
        None,
    )

    assert call(operations.cancel_voice_message, client=client, message_id=message.message_id) == []
    assert history(client)[message.message_id].status == "Cancelled"
    assert balance(client) == before
    with pytest.raises(errors.BadRequestError) as again:
        call(operations.cancel_voice_message, client=client, message_id=message.message_id)
    assert (again.value.status, again.value.code) == (400, "BAD_REQUEST")
    with pytest.raises(errors.BadRequestError):  # delivered long ago
        call(operations.cancel_voice_message, client=client, message_id=DEMO_CALL)
    with pytest.raises(errors.NotFoundError) as unknown:
        call(operations.cancel_voice_message, client=client, message_id="NO-SUCH-CALL")
    assert unknown.value.code == "NOT_FOUND"
    with pytest.raises(errors.NotFoundError):  # an SMS is not a voice message
        call(operations.cancel_voice_message, client=client, message_id=dataset.SCHEDULED_SMS)


def test_cancel_all_cancels_every_scheduled_call(client: AuthenticatedClient, client_emulator: Emulator) -> None:
    before = balance(client)
    later = client_emulator.store.now() + 600
    ours = [
        m.message_id
        for m in all_sent(send(client, *(voice(US_NUMBER, f"later {n}", schedule=later) for n in range(3)))).messages
    ]
    scheduled = sorted(message_id for message_id, m in history(client).items() if m.status == "Scheduled")
    assert scheduled == sorted([*ours, dataset.SCHEDULED_VOICE])
    assert call(operations.cancel_all_voice_messages, client=client).count == 4
    assert {history(client)[message_id].status for message_id in scheduled} == {"Cancelled"}
    assert balance(client) == before
    assert call(operations.cancel_all_voice_messages, client=client).count == 0


def test_a_delivered_call_has_a_receipt_and_the_history_moves_with_the_clock(
    client: AuthenticatedClient, client_emulator: Emulator
) -> None:
    demo = list(items(paged.list_voice_receipts, client=client))
    assert [r.message_id for r in demo] == [DEMO_CALL]
    (receipt,) = demo
    assert (receipt.status_code, receipt.status_text, receipt.message_type, receipt.digits) == (
        "201",
        DELIVERED,
        "voice",
        "",
    )
    assert (receipt.custom_string, receipt.timestamp_send) == ("mystring", datetime.fromtimestamp(1443501617, UTC))

    (message,) = all_sent(send(client, voice(US_NUMBER, "now", custom_string="c1"))).messages
    assert history(client)[message.message_id].status == "Queued" and message.message_id not in receipts(client)
    client_emulator.clock.advance(6)
    assert history(client)[message.message_id].status == "Sent"
    client_emulator.clock.advance(25)
    delivered = history(client)[message.message_id]
    assert (delivered.status, delivered.status_code, delivered.status_text, delivered.digits) == (
        "Completed",
        "201",
        DELIVERED,
        "",
    )
    assert receipts(client) == [DEMO_CALL, message.message_id]
    latest = list(items(paged.list_voice_receipts, client=client))[-1]
    assert latest.custom_string == "c1"
    assert latest.timestamp == datetime.fromtimestamp(message.date.timestamp() + 30, UTC)


def test_the_history_and_the_receipts_walk_every_page(client: AuthenticatedClient, client_emulator: Emulator) -> None:
    start = client_emulator.store.now()
    send(client, *(voice(TEST_NUMBERS[n % len(TEST_NUMBERS)], f"paged {n}") for n in range(16)))
    first = call(operations.list_voice_history, client=client, limit=15)
    assert (first.total, first.current_page, first.last_page, len(first.data)) == (18, 1, 2, 15)
    walked = list(items(paged.list_voice_history, client=client, limit=15))
    assert len(walked) == 18 == len({m.message_id for m in walked})
    recent = list(items(paged.list_voice_history, client=client, date_from=start - 1))
    assert sorted(m.body for m in recent if m.body.startswith("paged")) == sorted(f"paged {n}" for n in range(16))
    old = list(items(paged.list_voice_history, client=client, date_to=1450000000))
    assert [(m.message_id, m.date_added, m.custom_string) for m in old] == [
        (DEMO_CALL, datetime.fromtimestamp(1443501617, UTC), "mystring")
    ]
    assert (old[0].from_, old[0].require_input, old[0].machine_detected) == (dataset.DEDICATED_NUMBER, False, False)

    client_emulator.clock.advance(31)
    page = call(operations.list_voice_receipts, client=client, limit=15)
    assert (page.total, page.last_page, len(page.data)) == (17, 2, 15)
    assert len(list(items(paged.list_voice_receipts, client=client, limit=15))) == 17


def test_the_export_is_a_url_whose_csv_the_emulator_serves(
    client: AuthenticatedClient, client_emulator: Emulator
) -> None:
    send(client, voice(TEST_NUMBERS[0], "exported"))
    exported = call(operations.export_voice_history, client=client, filename="calls.csv")
    assert exported.url.startswith(client_emulator.origin + "/files/") and exported.url.endswith("?filename=calls.csv")
    downloaded = httpx.get(exported.url)
    assert downloaded.status_code == 200 and downloaded.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(downloaded.text)))
    assert [row["message_id"] for row in rows] == list(history(client)) and len(rows) == 3
    assert {row["body"]: (row["status"], row["lang"]) for row in rows}["exported"] == ("Queued", "en-us")
