"""The ClickSend v3 emulator's state: the accounts (users), their subaccounts and everything each account holds.

Plain dataclasses, no HTTP. An account (the docs' "user") owns its contact lists, templates, sent messages,
campaigns, numbers and files; its subaccounts are its logins (`api_username` + `api_key`, the Basic
credentials), one of them the main subaccount. Subaccount and user ids are global (Verify Forgot Password names a
subaccount by id alone); the other ids are per account. Time is Unix seconds from `Store.clock`, so tests can
move it; what time changes (a message's delivery state) is worked out when it is read, never by a task.
"""

from __future__ import annotations

import secrets
import string
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from ..core import ApiError
from ..core.resources import Collection
from .geography import SENDING_BY_CODE, SENDING_COUNTRIES, Currency, currency_of

Channel = Literal["sms", "mms", "voice"]

ACCESS_FLAGS = (
    "access_users",
    "access_billing",
    "access_reporting",
    "access_contacts",
    "access_settings",
    "access_sms",
    "access_email",
    "access_voice",
    "access_fax",
    "access_post",
    "access_reseller",
    "access_mms",
)


def not_found(kind: str) -> Callable[[str, int], ApiError]:
    return lambda _, record_id: ApiError(404, f"{kind} #{record_id} not found.", code="NOT_FOUND")


def new_message_id() -> str:
    """A ClickSend message id: an uppercase UUID."""
    return str(uuid.uuid4()).upper()


def new_api_key() -> str:
    """An API key in the form the docs show (an uppercase UUID)."""
    return str(uuid.uuid4()).upper()


def new_list_email_id() -> str:
    """A list's email id, 16 uppercase letters and digits like the docs' `GHPAJCCVGMTD9BLA`."""
    return "".join(secrets.choice(string.ascii_uppercase + string.digits) for _ in range(16))


@dataclass(frozen=True)
class Account:
    """A configured account: its main subaccount's API credentials, and how it starts.

    `no_credit` makes every message of the account INSUFFICIENT_CREDIT (the documented `nocredit` test account);
    `active=False` refuses its sends with 403 ACCOUNT_NOT_ACTIVATED until it is verified (`notactive`, and new
    accounts); `banned` refuses every call with 403 (`banned`)."""

    username: str
    api_key: str = field(repr=False)
    balance: Decimal = Decimal("250.00")
    country: str = "US"
    active: bool = True
    banned: bool = False
    no_credit: bool = False
    email: str = ""
    phone: str = "+15184811001"
    first_name: str = "Demo"
    last_name: str = "User"
    account_name: str | None = "Demo Company"
    password: str = field(default="demo-password", repr=False)


@dataclass
class Subaccount:
    """A login of an account, with its API credentials (the Basic password is the API key) and permissions."""

    subaccount_id: int
    user_id: int
    api_username: str
    api_key: str = field(repr=False)
    password: str = field(repr=False)
    email: str
    phone_number: str
    first_name: str
    last_name: str
    access: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ACCESS_FLAGS, 1))
    share_campaigns: int = 0
    notes: str | None = None
    main: bool = False  # the account's own login: it cannot be deleted
    reset_token: str | None = field(default=None, repr=False)  # from Forgot Password, until used


@dataclass
class ContactList:
    list_id: int
    list_name: str
    list_email_id: str


CONTACT_FIELDS = (
    "phone_number",
    "first_name",
    "last_name",
    "custom_1",
    "custom_2",
    "custom_3",
    "custom_4",
    "fax_number",
    "organization_name",
    "email",
    "address_line_1",
    "address_line_2",
    "address_city",
    "address_state",
    "address_postal_code",
    "address_country",
)
# The contact fields an answer gives as "" rather than null when empty (as the docs' examples show them).
TEXT_CONTACT_FIELDS = ("first_name", "last_name", "custom_1", "custom_2", "custom_3", "custom_4")


@dataclass
class Contact:
    contact_id: int
    list_id: int
    fields: dict[str, str | None]  # CONTACT_FIELDS, by wire name
    date_added: int
    date_updated: int


@dataclass
class Template:
    template_id: int
    template_name: str
    body: str


@dataclass
class Record:
    """A record of a plain CRUD section (handlers/records.py): its id and the fields it was given (wire names)."""

    record_id: int
    fields: dict[str, object]


@dataclass
class Message:
    """A sent (queued) SMS, MMS or voice message, as the history shows it. Its delivery state follows from the
    clock (see sending.py); `price` is what its account paid for it (nothing for a test number)."""

    channel: Channel
    message_id: str
    user_id: int
    subaccount_id: int
    api_username: str
    to: str
    sender: str
    body: str
    date: int  # when it was submitted
    schedule: int | None  # when it is to be sent, if later
    parts: int
    price: Decimal  # what was taken from the balance (0 for a test number)
    country: str
    custom_string: str | None = None
    list_id: int | None = None
    contact_id: int = 0
    first_name: str | None = None
    last_name: str | None = None
    from_email: str | None = None
    subject: str = ""
    media_url: str = ""
    lang: str = ""
    voice: str = ""
    to_type: str = "mobile"
    require_input: int = 0
    machine_detection: int = 0
    cancelled: bool = False
    receipt_read: bool = False
    campaign: tuple[str, int] | None = None  # ("sms" or "mms", campaign id) for a campaign's messages

    @property
    def send_time(self) -> int:
        return self.schedule if self.schedule is not None and self.schedule > self.date else self.date


@dataclass
class TestReceipt:
    """A delivery receipt made by Create Test SMS Receipt (not of a message the account sent)."""

    message_id: str
    timestamp: int
    url: str
    read: bool = False


@dataclass
class InboundSms:
    message_id: str
    timestamp: int
    sender: str  # the number that sent it (the wire's `from`)
    to: str
    body: str
    original_body: str
    original_message_id: str
    custom_string: str | None
    read: bool = False


@dataclass
class Campaign:
    """An SMS or MMS campaign: one message to every contact of a list, and the messages it made."""

    channel: Literal["sms", "mms"]
    campaign_id: int
    subaccount_id: int
    name: str
    list_id: int
    list_name: str
    sender: str
    body: str
    schedule: int
    date_added: int
    recipients: int
    message_ids: list[str] = field(default_factory=list)
    subject: str = ""
    media_file: str = ""
    cancelled: bool = False
    ip_address: str = ""


@dataclass
class DedicatedNumber:
    number: str
    country: str
    price_setup: Decimal
    price_monthly: Decimal


@dataclass
class DeliveryIssue:
    issue_id: int
    user_id: int
    message_id: str | None
    type: str
    description: str
    client_comments: str | None
    email_address: str
    date_added: int


@dataclass
class StoredFile:
    """A file the emulator serves under /files/: an export, or an upload after its conversion."""

    name: str
    content: bytes = field(repr=False)
    content_type: str
    user_id: int
    expires: int | None = None  # Unix time after which it is gone (uploads: 10 minutes)


@dataclass
class Upload:
    upload_id: int
    file_name: str
    date_added: int
    date_delete: int
    convert: str


@dataclass(frozen=True)
class OutboxMessage:
    """A message the emulator "sent" outside the API (an email or SMS with a code): tests read it here, and
    no answer ever carries the code."""

    kind: Literal["account-verification", "forgot-username", "forgot-password"]
    to: str
    text: str
    code: str | None = field(default=None, repr=False)
    user_id: int | None = None
    subaccount_id: int | None = None


@dataclass(frozen=True)
class Forwarded:
    """A test receipt or test inbound message the API was asked to forward to a URL (not actually posted)."""

    url: str
    payload: dict[str, object]


@dataclass
class AccountState:
    """Everything one account (user) holds."""

    user_id: int
    username: str
    email: str
    phone: str
    first_name: str
    last_name: str
    account_name: str | None
    country: str
    balance: Decimal
    active: bool
    banned: bool
    no_credit: bool
    password: str = field(repr=False)
    sms_parts_limit: int = 6  # `setting_sms_message_char_limit`: longer messages are truncated to this many parts
    activation_code: int | None = field(default=None, repr=False)  # from Send Account Verification
    selected_countries: dict[int, int | None] = field(default_factory=dict)  # country id -> agreed_at
    lists: Collection[ContactList] = field(default_factory=lambda: Collection("List", not_found=not_found("List")))
    contacts: Collection[Contact] = field(default_factory=lambda: Collection("Contact", not_found=not_found("Contact")))
    templates: Collection[Template] = field(
        default_factory=lambda: Collection("Template", not_found=not_found("Template"))
    )
    messages: dict[str, Message] = field(default_factory=dict)  # by message id, in the order sent
    test_receipts: list[TestReceipt] = field(default_factory=list)
    inbound: list[InboundSms] = field(default_factory=list)
    sms_campaigns: Collection[Campaign] = field(
        default_factory=lambda: Collection("SMS campaign", not_found=not_found("SMS campaign"))
    )
    mms_campaigns: Collection[Campaign] = field(
        default_factory=lambda: Collection("MMS campaign", not_found=not_found("MMS campaign"))
    )
    numbers: dict[str, DedicatedNumber] = field(default_factory=dict)
    issues: Collection[DeliveryIssue] = field(
        default_factory=lambda: Collection("Delivery issue", not_found=not_found("Delivery issue"))
    )
    uploads: Collection[Upload] = field(default_factory=lambda: Collection("Upload", not_found=not_found("Upload")))
    records: dict[str, Collection[Record]] = field(default_factory=dict)  # by kind (handlers/records.py)

    @property
    def currency(self) -> Currency:
        return currency_of(self.country)


@dataclass
class AvailableNumber:
    number: str
    country: str
    price_setup: Decimal
    price_monthly: Decimal


def number_pool() -> dict[str, list[AvailableNumber]]:
    """The dedicated numbers for sale, per country: twenty per country of the sending list (the United States'
    also holding the numbers the docs' examples name)."""
    pool: dict[str, list[AvailableNumber]] = {}
    samples = {"US": ["+12282060576", "+12132633745", "+12134657532"]}
    for country in SENDING_COUNTRIES:
        block = {"US": "213555", "CA": "416555"}.get(country.code, "45550")  # numbers shared by no two countries
        numbers = samples.get(country.code, []) + [f"+{country.calling_code}{block}{n:04d}" for n in range(20)]
        setup = Decimal("0.0000") if country.code == "US" else Decimal("5.0000")
        pool[country.code] = [AvailableNumber(n, country.code, setup, country.number_price) for n in numbers]
    return pool


class Store:
    """Every account of one emulator instance, and what lies outside any account (the served files, the
    messages sent outside the API, the numbers for sale)."""

    def __init__(self, accounts: list[Account], clock: Callable[[], float] = time.time) -> None:
        self.clock = clock
        self.configured = list(accounts)
        self.reset_data()

    def reset_data(self) -> None:
        """Every account back to how it was configured; accounts made since are gone."""
        self.users: Collection[AccountState] = Collection("Account", not_found=not_found("Account"))
        # From the docs' example id up, so that random small ids (fuzzing) name no one's own login.
        self.subaccounts: Collection[Subaccount] = Collection(
            "Subaccount", first_id=1716, not_found=not_found("Subaccount")
        )
        self.files: dict[str, StoredFile] = {}
        self.outbox: list[OutboxMessage] = []
        self.forwarded: list[Forwarded] = []
        self.available_numbers = number_pool()
        for account in self.configured:
            self.add_account(account)

    def now(self) -> int:
        return int(self.clock())

    def add_account(self, account: Account) -> AccountState:
        """A configured (or newly created) account with its main subaccount."""
        email = account.email or f"{account.username}@example.com"
        state = self.users.add(
            lambda user_id: AccountState(
                user_id=user_id,
                username=account.username,
                email=email,
                phone=account.phone,
                first_name=account.first_name,
                last_name=account.last_name,
                account_name=account.account_name,
                country=account.country.upper(),
                balance=account.balance,
                active=account.active,
                banned=account.banned,
                no_credit=account.no_credit,
                password=account.password,
            )
        )
        home = SENDING_BY_CODE.get(state.country)
        if home is not None:  # an account may send to its own country from the start
            state.selected_countries[home.id] = None
        self.subaccounts.add(
            lambda subaccount_id: Subaccount(
                subaccount_id=subaccount_id,
                user_id=state.user_id,
                api_username=account.username,
                api_key=account.api_key,
                password=account.password,
                email=email,
                phone_number=account.phone,
                first_name=account.first_name,
                last_name=account.last_name,
                main=True,
            )
        )
        return state

    def login(self, api_username: str) -> Subaccount | None:
        """The subaccount whose API username this is (usernames are unique across accounts)."""
        return next((sub for sub in self.subaccounts if sub.api_username == api_username), None)

    def username_taken(self, username: str) -> bool:
        return self.login(username) is not None or any(user.username == username for user in self.users)

    def subaccounts_of(self, user_id: int) -> list[Subaccount]:
        return [sub for sub in self.subaccounts if sub.user_id == user_id]

    def main_subaccount(self, user_id: int) -> Subaccount:
        return next(sub for sub in self.subaccounts_of(user_id) if sub.main)
