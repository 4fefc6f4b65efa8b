"""Sending SMS, MMS and voice messages: who a message goes to, the status each one gets, its price, and what
becomes of it as time passes. Shared by the send and price operations and the campaigns.

Each message of a send gets its own status in an HTTP 200 answer (the docs' Application Status Codes), checked in
this order: the recipient (MISSING_REQUIRED_FIELDS without `to` or `list_id`, NOT_ENOUGH_PERMISSION_TO_LIST_ID for
a list that is not the account's, TOO_MANY_RECIPIENTS past 1000), EMPTY_MESSAGE, the channel's own checks (MMS:
SUBJECT_REQUIRED, INVALID_MEDIA_FILE; voice: INVALID_LANG, INVALID_VOICE), INVALID_SENDER_ID, INVALID_SCHEDULE,
INVALID_RECIPIENT, COUNTRY_NOT_ENABLED, THROTTLED, INSUFFICIENT_CREDIT, else SUCCESS.

- The test numbers (`info.x-test-numbers` of the spec) are free (price 0, never charged) and may be sent to from
  any country selection; the other checks apply to them as to any number.
- Other numbers cost their parts times the country's price per part (geography.py) and are charged when sent; a
  message the balance cannot pay is INSUFFICIENT_CREDIT (and every message of the `nocredit` test account).
- SMS parts: GSM 03.38 text 160 characters in one part, 153 per part beyond; other text 70 and 67. Longer
  messages are truncated to the account's part limit (`setting_sms_message_char_limit`, 6 by default: the docs
  say 6 parts and price up to 8). MMS: one part, truncated at 1500 characters (500 unicode). Voice: 300 GSM or 150
  unicode characters a part, truncated at 4 parts (1200 / 450).
- THROTTLED: the same body to the same number (same channel) within THROTTLE_SECONDS, in this call or an earlier.
- A message to a list's contact has its placeholders (`(First Name)`, `(Last Name)`, `(Custom 1)` ...) filled in
  from the contact; one to a number alone keeps its text as written.
- Delivery state, from the clock: Scheduled until its send time, then Queued, Sent after SENT_AFTER seconds and
  Completed (delivered, with its delivery receipt) after DELIVERED_AFTER; Cancelled once cancelled.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from urllib.parse import urlsplit

from ...spec_index import spec_index
from ..sms_text import GSM_BASIC, GSM_EXTENSION, PART_LENGTH, sms_parts
from .geography import VOICE_BY_CODE, SendingCountry, country_of, to_e164
from .state import AccountState, Channel, Contact, Message, Subaccount, new_message_id

TEST_NUMBERS = frozenset(spec_index("clicksend").info_marker["test-numbers"])
# "Identical message body recently sent to the same recipient. Please try again in a few seconds."
THROTTLE_SECONDS = 10
SENT_AFTER = 5
DELIVERED_AFTER = 30
MAX_RECIPIENTS = 1000  # per call, lists counted by their contacts
INT32_MAX = 2**31 - 1  # the docs type `schedule` integer(int32)
SHARED_SENDER = "+61353787448"  # the sender the service chooses when a message names none (the docs' campaigns)
MMS_LENGTH = {"gsm": 1500, "ucs2": 500}
VOICE_PART = {"gsm": 300, "ucs2": 150}
VOICE_MAX_PARTS = {"gsm": 4, "ucs2": 3}
MEDIA_EXTENSIONS = (".jpg", ".jpeg", ".gif")  # sent as they are; other types go through /uploads?convert=mms
NUMERIC_SENDER = re.compile(r"^\+?[0-9]{3,16}$")
ALPHANUMERIC_SENDER = re.compile(r"^[A-Za-z0-9]{1,11}$")
PLACEHOLDERS = {
    "(First Name)": "first_name",
    "(Last Name)": "last_name",
    "(Custom 1)": "custom_1",
    "(Custom 2)": "custom_2",
    "(Custom 3)": "custom_3",
    "(Custom 4)": "custom_4",
}

DELIVERED_CODE = "201"
DELIVERED_TEXT = "Success: Message received on handset."
PENDING_TEXT = {
    "Scheduled": "Message is scheduled.",
    "Queued": "Message is queued for delivery.",
    "Sent": "Message has been sent to the network.",
    "Cancelled": "Message has been cancelled.",
}


def is_gsm(text: str) -> bool:
    return all(char in GSM_BASIC or char in GSM_EXTENSION for char in text)


def truncate_sms(text: str, max_parts: int) -> str:
    """The text cut to at most `max_parts` SMS parts."""
    if sms_parts(text) <= max_parts:
        return text
    encoding = "gsm" if is_gsm(text) else "ucs2"
    budget = PART_LENGTH[encoding][1] * max_parts
    kept, used = [], 0
    for char in text:
        size = (2 if char in GSM_EXTENSION else 1) if encoding == "gsm" else len(char.encode("utf-16-le")) // 2
        if used + size > budget:
            break
        kept.append(char)
        used += size
    return "".join(kept)


def truncate_mms(text: str) -> str:
    return text[: MMS_LENGTH["gsm" if is_gsm(text) else "ucs2"]]


def voice_parts(text: str) -> tuple[str, int]:
    """A voice message's text cut to its longest (4 parts of 300 GSM characters, 3 of 150 unicode), and its parts."""
    encoding = "gsm" if is_gsm(text) else "ucs2"
    kept = text[: VOICE_PART[encoding] * VOICE_MAX_PARTS[encoding]]
    return kept, max(1, math.ceil(len(kept) / VOICE_PART[encoding]))


def personalised(body: str, contact: Contact | None) -> str:
    """The body with a contact's fields in its placeholders (`(First Name)`, ...); blanks without a contact."""
    for placeholder, name in PLACEHOLDERS.items():
        if placeholder in body:
            body = body.replace(placeholder, (contact.fields.get(name) if contact else None) or "")
    return body


def valid_sender(sender: str) -> bool:
    return bool(NUMERIC_SENDER.match(sender) or ALPHANUMERIC_SENDER.match(sender))


def default_sender(account: AccountState) -> str:
    return next(iter(account.numbers), SHARED_SENDER)


def valid_media(url: str) -> bool:
    """Whether MMS can send this file as it is: an http(s) URL of a JPEG or GIF image."""
    if any(char.isspace() for char in url):
        return False
    try:
        parts = urlsplit(url)
    except ValueError:  # not a URL ("http://[x": an unclosed IPv6 host)
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc) and parts.path.lower().endswith(MEDIA_EXTENSIONS)


@dataclass(frozen=True)
class Recipient:
    """Whom one message goes to: a number (`to`), or one contact of a list; `refused` when the message cannot go
    anywhere (no recipient given, or a list the account has no access to)."""

    to: str | None
    list_id: int | None = None
    contact: Contact | None = None
    refused: str | None = None


def recipients(account: AccountState, to: str | None, list_id: int | None) -> list[Recipient]:
    """The recipients of one message: its `to`, and every contact with a phone number of its `list_id`."""
    if to is None and list_id is None:
        return [Recipient(None, refused="MISSING_REQUIRED_FIELDS")]
    found: list[Recipient] = [] if to is None else [Recipient(to)]
    if list_id is not None:
        if list_id not in account.lists:
            found.append(Recipient(None, list_id, refused="NOT_ENOUGH_PERMISSION_TO_LIST_ID"))
        else:
            contacts = (c for c in account.contacts if c.list_id == list_id and c.fields.get("phone_number"))
            found.extend(Recipient(contact.fields["phone_number"], list_id, contact) for contact in contacts)
    return found


@dataclass
class Draft:
    """One message of a send or price call, as given (after its recipient is known)."""

    channel: Channel
    recipient: Recipient
    body: str
    sender: str | None = None
    schedule: int | None = None
    country_hint: str | None = None
    custom_string: str | None = None
    from_email: str | None = None
    subject: str = ""
    media_url: str = ""
    lang: str = ""
    voice: str | None = None
    require_input: int = 0
    machine_detection: int = 0


@dataclass
class Outcome:
    """What becomes of one draft: its final text, number, price and status (and, once sent, its message)."""

    draft: Draft
    to: str
    body: str
    sender: str
    send_time: int | None  # None: now
    country: SendingCountry | None
    parts: int
    price: Decimal
    status: str
    voice: str
    message_id: str
    message: Message | None = None

    @property
    def queued(self) -> bool:
        return self.status == "SUCCESS"


class Batch:
    """The messages of one call, checked in order against the account (recent messages, balance)."""

    def __init__(self, account: AccountState, now: int, credit_back: Decimal = Decimal(0)) -> None:
        """`credit_back`: what the account gets back before these messages go (a campaign's old messages)."""
        self.account = account
        self.now = now
        self.recipients = 0
        self.balance = account.balance + credit_back  # what is left for the messages after those checked so far
        self.recent: set[tuple[Channel, str, str]] = {
            (m.channel, m.to, m.body) for m in account.messages.values() if m.date > now - THROTTLE_SECONDS
        }

    def check(self, draft: Draft) -> Outcome:
        account, recipient = self.account, draft.recipient
        contact = recipient.contact
        body = personalised(draft.body, contact) if contact else draft.body  # a number alone: as written
        parts, voice = 1, draft.voice or ""
        if draft.channel == "sms":
            body = truncate_sms(body, account.sms_parts_limit)
            parts = sms_parts(body)
        elif draft.channel == "mms":
            body = truncate_mms(body)
        else:
            body, parts = voice_parts(body)
            language = VOICE_BY_CODE.get(draft.lang)
            voice = draft.voice or (language.voices[0] if language else "female")
        sender = draft.sender or default_sender(account)
        number = to_e164(recipient.to, draft.country_hint or account.country) if recipient.to else None
        country = country_of(number, draft.country_hint) if number else None
        per_part = Decimal(0)
        if country is not None and number not in TEST_NUMBERS:
            per_part = {"sms": country.sms_price, "mms": country.mms_price, "voice": country.voice_price}[draft.channel]
        price = per_part * parts
        schedule_ok = draft.schedule is None or draft.schedule <= INT32_MAX
        send_time = draft.schedule if schedule_ok and draft.schedule and draft.schedule > self.now else None
        self.recipients += recipient.refused is None
        status = self.refusal(draft, body, voice, schedule_ok, number, country, price) or "SUCCESS"
        if status == "SUCCESS" and number is not None:
            self.recent.add((draft.channel, number, body))
            self.balance -= price
        return Outcome(
            draft,
            number or recipient.to or "",
            body,
            sender,
            send_time,
            country,
            parts,
            price,
            status,
            voice,
            new_message_id(),
        )

    def refusal(
        self,
        draft: Draft,
        body: str,
        voice: str,
        schedule_ok: bool,
        number: str | None,
        country: SendingCountry | None,
        price: Decimal,
    ) -> str | None:
        """The status that refuses the message, or None when it can go (the checks in the module's order)."""
        account, channel = self.account, draft.channel
        language = VOICE_BY_CODE.get(draft.lang)
        if draft.recipient.refused is not None:
            return draft.recipient.refused
        if self.recipients > MAX_RECIPIENTS:
            return "TOO_MANY_RECIPIENTS"
        if not body.strip():
            return "EMPTY_MESSAGE"
        if channel == "mms" and not draft.subject.strip():
            return "SUBJECT_REQUIRED"
        if channel == "mms" and not valid_media(draft.media_url):
            return "INVALID_MEDIA_FILE"
        if channel == "voice" and language is None:
            return "INVALID_LANG"
        if channel == "voice" and language is not None and voice not in language.voices:
            return "INVALID_VOICE"
        if draft.sender is not None and not valid_sender(draft.sender):
            return "INVALID_SENDER_ID"
        if not schedule_ok:
            return "INVALID_SCHEDULE"
        if number is None:
            return "INVALID_RECIPIENT"
        selection_needed = channel != "voice" and number not in TEST_NUMBERS  # global sending is for SMS and MMS
        if country is None or (selection_needed and country.id not in account.selected_countries):
            return "COUNTRY_NOT_ENABLED"
        if (channel, number, body) in self.recent:
            return "THROTTLED"
        if account.no_credit or price > self.balance:
            return "INSUFFICIENT_CREDIT"
        return None

    def send(self, draft: Draft, subaccount: Subaccount, campaign: tuple[str, int] | None = None) -> Outcome:
        """Check the draft and, when it passes, charge its price and put it in the account's history."""
        outcome = self.check(draft)
        if outcome.queued:
            self.account.balance -= outcome.price
            outcome.message = record(self.account, subaccount, outcome, self.now, campaign)
        return outcome


def send_all(account: AccountState, subaccount: Subaccount, drafts: list[Draft], now: int) -> list[Outcome]:
    """A send: every draft checked in order, and those that pass charged and put in the history."""
    batch = Batch(account, now)
    return [batch.send(draft, subaccount) for draft in drafts]


def price_all(account: AccountState, drafts: list[Draft], now: int) -> list[Outcome]:
    """A price calculation: what every draft would become, nothing charged or recorded."""
    batch = Batch(account, now)
    return [batch.check(draft) for draft in drafts]


def record(
    account: AccountState, subaccount: Subaccount, outcome: Outcome, now: int, campaign: tuple[str, int] | None
) -> Message:
    draft, contact = outcome.draft, outcome.draft.recipient.contact
    message = Message(
        channel=draft.channel,
        message_id=outcome.message_id,
        user_id=account.user_id,
        subaccount_id=subaccount.subaccount_id,
        api_username=subaccount.api_username,
        to=outcome.to,
        sender=outcome.sender,
        body=outcome.body,
        date=now,
        schedule=outcome.send_time,
        parts=outcome.parts,
        price=outcome.price,
        country=outcome.country.code if outcome.country else "",
        custom_string=draft.custom_string,
        list_id=draft.recipient.list_id,
        contact_id=contact.contact_id if contact else 0,
        first_name=contact.fields.get("first_name") if contact else None,
        last_name=contact.fields.get("last_name") if contact else None,
        from_email=draft.from_email,
        subject=draft.subject,
        media_url=draft.media_url,
        lang=draft.lang,
        voice=outcome.voice,
        to_type=number_type(outcome.to),
        require_input=draft.require_input,
        machine_detection=draft.machine_detection,
        campaign=campaign,
    )
    account.messages[message.message_id] = message
    return message


def number_type(number: str) -> str:
    """`mobile` or `landline`, where the numbering plan tells (Australia, the UK, New Zealand); else `mobile`."""
    landline = {"+61": "+614", "+44": "+447", "+64": "+642"}
    for prefix, mobile in landline.items():
        if number.startswith(prefix) and not number.startswith(mobile):
            return "landline"
    return "mobile"


# --- delivery state -------------------------------------------------------------------------------------------


def status_of(message: Message, now: int) -> str:
    if message.cancelled:
        return "Cancelled"
    if now < message.send_time:
        return "Scheduled"
    if now < message.send_time + SENT_AFTER:
        return "Queued"
    if now < message.send_time + DELIVERED_AFTER:
        return "Sent"
    return "Completed"


def delivered_at(message: Message, now: int) -> int | None:
    """When the message was delivered (its receipt's time), or None if it is not (yet)."""
    return message.send_time + DELIVERED_AFTER if status_of(message, now) == "Completed" else None


def cancellable(message: Message, now: int) -> bool:
    return status_of(message, now) == "Scheduled"


def cancel(account: AccountState, message: Message) -> None:
    """Cancel a scheduled message and give back what it cost."""
    message.cancelled = True
    account.balance += message.price


def of_channel(account: AccountState, channel: Channel) -> Iterable[Message]:
    return (message for message in account.messages.values() if message.channel == channel)
