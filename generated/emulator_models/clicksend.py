# Generated from specs/clicksend.yaml by datamodel-code-generator. Do not edit.

from __future__ import annotations

from pydantic import AnyUrl, BaseModel, Field, RootModel, StrictBool, StrictInt, StrictStr
from typing import Annotated, Any, Literal


class ResponseCode(RootModel[StrictStr]):
    root: Annotated[
        StrictStr,
        Field(
            description="The application status code: `SUCCESS` exactly when the HTTP status is 2xx, or what went wrong: one of\nthe documented application codes (`info.x-application-codes`: MISSING_CREDENTIALS, INVALID_RECIPIENT, ...)\nor the name of the HTTP status (`info.x-status-codes`: BAD_REQUEST, UNAUTHORIZED, ...).\n",
            pattern="^[A-Z][A-Z0-9_]*$",
        ),
    ]


class Page(BaseModel):
    """
    The paging fields of a paged list; each list's page adds its typed `data` array.
    """

    total: Annotated[StrictInt, Field(description="Total number of results.", ge=0)]
    per_page: Annotated[StrictInt, Field(description="Results per page.", ge=0)]
    current_page: Annotated[StrictInt, Field(description="This page's number.", ge=0)]
    last_page: Annotated[StrictInt, Field(description="The last page's number.", ge=0)]
    next_page_url: Annotated[StrictStr, Field(description="The next page's URL; null on the last page.")]
    prev_page_url: Annotated[StrictStr, Field(description="The previous page's URL; null on the first.")]
    from_: Annotated[
        StrictInt, Field(alias="from", description="Position of the first result on this page (null when empty).")
    ]
    to: Annotated[StrictInt, Field(description="Position of the last result on this page (null when empty).")]


class UnixTime1(RootModel[StrictInt]):
    root: Annotated[
        StrictInt, Field(description="Unix seconds (UTC); the service sends an integer or a numeric string.", ge=0)
    ]


class UnixTime2(RootModel[StrictStr]):
    root: Annotated[
        StrictStr,
        Field(description="Unix seconds (UTC); the service sends an integer or a numeric string.", pattern="^[0-9]+$"),
    ]


class UnixTime(RootModel[UnixTime1 | UnixTime2]):
    root: Annotated[
        UnixTime1 | UnixTime2,
        Field(description="Unix seconds (UTC); the service sends an integer or a numeric string."),
    ]


class NullableUnixTime1(RootModel[StrictInt | None]):
    root: Annotated[
        StrictInt | None,
        Field(description="Unix seconds (UTC) as an integer or a numeric string, or null (not yet).", ge=0),
    ] = None


class NullableUnixTime2(RootModel[StrictStr]):
    root: Annotated[
        StrictStr,
        Field(
            description="Unix seconds (UTC) as an integer or a numeric string, or null (not yet).", pattern="^[0-9]+$"
        ),
    ]


class NullableUnixTime(RootModel[NullableUnixTime1 | NullableUnixTime2]):
    root: Annotated[
        NullableUnixTime1 | NullableUnixTime2,
        Field(description="Unix seconds (UTC) as an integer or a numeric string, or null (not yet)."),
    ]


class Money1(RootModel[StrictStr]):
    root: Annotated[
        StrictStr,
        Field(
            description='An amount of money; the service sends a number or a decimal string (`"4.998000"`).',
            pattern="^-?[0-9]+(\\.[0-9]+)?$",
        ),
    ]


class Money(RootModel[float | Money1]):
    root: Annotated[
        float | Money1,
        Field(description='An amount of money; the service sends a number or a decimal string (`"4.998000"`).'),
    ]


class Flag(RootModel[Literal[0, 1]]):
    root: Annotated[Literal[0, 1], Field(description="0 (no) or 1 (yes).")]


class Currency(BaseModel):
    """
    The account's currency (the `_currency` of price, usage and statistics answers).
    """

    currency_name_short: Annotated[StrictStr, Field(description="The ISO 4217 code, e.g. `USD`.")]
    currency_prefix_d: Annotated[StrictStr, Field(description="The symbol of the main unit, e.g. `$`.")]
    currency_prefix_c: Annotated[StrictStr, Field(description="The symbol (or suffix) of the cent, e.g. `¢` or `c`.")]
    currency_name_long: Annotated[StrictStr, Field(description="The name, e.g. `US Dollars`.")]


class MessageParts1(RootModel[float]):
    root: Annotated[
        float,
        Field(
            description='The parts (messages charged) of a message; a number, or a decimal string (`"1.00"`).', ge=0.0
        ),
    ]


class MessageParts2(RootModel[StrictStr]):
    root: Annotated[
        StrictStr,
        Field(
            description='The parts (messages charged) of a message; a number, or a decimal string (`"1.00"`).',
            pattern="^[0-9]+(\\.[0-9]+)?$",
        ),
    ]


class MessageParts(RootModel[MessageParts1 | MessageParts2]):
    root: Annotated[
        MessageParts1 | MessageParts2,
        Field(description='The parts (messages charged) of a message; a number, or a decimal string (`"1.00"`).'),
    ]


class AccountCreateRequest(BaseModel):
    """
    A new account's owner and credentials.
    """

    username: Annotated[StrictStr, Field(description="The account's username.", min_length=1)]
    password: Annotated[StrictStr, Field(description="The account's password.", min_length=1)]
    user_phone: Annotated[
        StrictStr,
        Field(
            description="The owner's phone number, in E.164 format (the docs' sample sends a national number, `518-481-1001`, with `country`).",
            min_length=1,
        ),
    ]
    user_email: Annotated[StrictStr, Field(description="The owner's email address.", min_length=1)]
    user_first_name: Annotated[StrictStr, Field(description="The owner's first name.", min_length=1)]
    user_last_name: Annotated[StrictStr, Field(description="The owner's last name.", min_length=1)]
    account_name: Annotated[StrictStr, Field(description="The account (company) name.", min_length=1)]
    country: Annotated[
        StrictStr,
        Field(description="The account's country, a two-letter code (ISO 3166-1 alpha-2), e.g. `US`.", min_length=1),
    ]


class AccountSubaccount(BaseModel):
    """
    The subaccount an Account answer carries (the authenticated one; on creation, the new main one). Verify
    Account shows `mobile`, `user_id`, `sms_deidentify_message` and `access_smpp` and omits the others'
    `phone_number`, `access_sms` ... `share_campaigns`, `notes`; the required fields are those all show.

    """

    subaccount_id: Annotated[StrictInt, Field(description="The subaccount's id.")]
    api_username: Annotated[StrictStr, Field(description="The subaccount's API username.")]
    email: Annotated[StrictStr, Field(description="The subaccount's email address.")]
    phone_number: Annotated[StrictStr | None, Field(description="The subaccount's phone number (E.164).")] = None
    mobile: Annotated[
        StrictStr | None,
        Field(description="The subaccount's mobile number (E.164; Verify Account's name for `phone_number`)."),
    ] = None
    first_name: Annotated[StrictStr, Field(description="The subaccount user's first name.")]
    last_name: Annotated[StrictStr, Field(description="The subaccount user's last name.")]
    api_key: Annotated[StrictStr, Field(description="The subaccount's API key (the Basic authentication password).")]
    user_id: Annotated[StrictInt | None, Field(description="The account the subaccount belongs to.")] = None
    sms_deidentify_message: Flag | None = None
    access_smpp: Flag | None = None
    access_users: Flag
    access_billing: Flag
    access_reporting: Flag
    access_contacts: Flag
    access_settings: Flag
    access_sms: Flag | None = None
    access_email: Flag | None = None
    access_voice: Flag | None = None
    access_fax: Flag | None = None
    access_post: Flag | None = None
    access_reseller: Flag | None = None
    access_mms: Flag | None = None
    share_campaigns: Flag | None = None
    notes: Annotated[StrictStr | None, Field(description="Notes about the subaccount.")] = None


class AccountUsageTotal(BaseModel):
    """
    One channel's total usage.
    """

    count: Annotated[StrictInt, Field(description="Messages (or items) sent.", ge=0)]
    price: Money


class AccountUsageCount1(RootModel[float]):
    root: Annotated[
        float,
        Field(
            description='A usage count: the service sends a number (`3992`) or a decimal string (`"29.00"`, `"10"`).',
            ge=0.0,
        ),
    ]


class AccountUsageCount2(RootModel[StrictStr]):
    root: Annotated[
        StrictStr,
        Field(
            description='A usage count: the service sends a number (`3992`) or a decimal string (`"29.00"`, `"10"`).',
            pattern="^[0-9]+(\\.[0-9]+)?$",
        ),
    ]


class AccountUsageCount(RootModel[AccountUsageCount1 | AccountUsageCount2]):
    root: Annotated[
        AccountUsageCount1 | AccountUsageCount2,
        Field(
            description='A usage count: the service sends a number (`3992`) or a decimal string (`"29.00"`, `"10"`).'
        ),
    ]


class AccountVerificationRequest(BaseModel):
    """
    Where to send the account activation token.
    """

    country: Annotated[
        StrictStr,
        Field(description="The phone's country, a two-letter code (ISO 3166), e.g. `US`.", pattern="^[A-Z]{2}$"),
    ]
    user_phone: Annotated[
        StrictStr,
        Field(
            description="The phone to send the token to (the sample sends a national number with `country`).",
            min_length=1,
        ),
    ]
    type: Annotated[
        StrictStr, Field(description="The type of verification: `sms` (the only value the docs show).", min_length=1)
    ]


class AccountVerification(BaseModel):
    """
    Where the account activation token was sent.
    """

    user_phone: Annotated[StrictStr, Field(description="The phone in E.164 format.")]
    type: Annotated[StrictStr, Field(description="The type of verification (`sms`).")]
    country: Annotated[StrictStr, Field(description="The phone's country (two-letter code).")]


class AccountForgotUsernameRequest(BaseModel):
    """
    How to find the account: by `email` or by `phone_number`, exactly one of the two.
    """

    email: Annotated[
        StrictStr | None, Field(description="The email address registered to the account.", min_length=1)
    ] = None
    phone_number: Annotated[
        StrictStr | None, Field(description="The phone number registered to the account.", min_length=1)
    ] = None


class AccountForgotPasswordRequest(BaseModel):
    """
    The account whose password is forgotten.
    """

    username: Annotated[StrictStr, Field(description="The account's username.", min_length=1)]


class AccountForgotPasswordVerifyRequest(BaseModel):
    """
    The emailed verification code and the new password.
    """

    subaccount_id: Annotated[
        StrictInt, Field(description="The subaccount whose password is set (ask the administrator if unknown).", ge=1)
    ]
    activation_token: Annotated[
        StrictStr,
        Field(
            description="The verification code from Forgot Password's email (a UUID in the docs' sample).", min_length=1
        ),
    ]
    password: Annotated[StrictStr, Field(description="The new password.", min_length=1)]


class ContactRequest(BaseModel):
    """
    A contact's fields, to create or update it. At least one of `phone_number`, `fax_number` and `email`
    must be given (the `anyOf` of required sets); every other field is optional.

    """

    phone_number: Annotated[
        StrictStr | None, Field(description="The phone number, in E.164 format (e.g. `+16783270696`).", min_length=1)
    ] = None
    email: Annotated[StrictStr | None, Field(description="The email address.", min_length=1)] = None
    fax_number: Annotated[StrictStr | None, Field(description="The fax number (E.164).", min_length=1)] = None
    first_name: Annotated[StrictStr | None, Field(description="The first name.")] = None
    last_name: Annotated[StrictStr | None, Field(description="The last name.")] = None
    organization_name: Annotated[StrictStr | None, Field(description="The organisation name.")] = None
    address_line_1: Annotated[StrictStr | None, Field(description="The street address.")] = None
    address_line_2: Annotated[StrictStr | None, Field(description="The second address line.")] = None
    address_city: Annotated[StrictStr | None, Field(description="The city.")] = None
    address_state: Annotated[StrictStr | None, Field(description="The state.")] = None
    address_postal_code: Annotated[StrictStr | None, Field(description="The postcode.")] = None
    address_country: Annotated[StrictStr | None, Field(description="The country (two-letter code, e.g. `US`).")] = None
    custom_1: Annotated[StrictStr | None, Field(description="Custom field 1.")] = None
    custom_2: Annotated[StrictStr | None, Field(description="Custom field 2.")] = None
    custom_3: Annotated[StrictStr | None, Field(description="Custom field 3.")] = None
    custom_4: Annotated[StrictStr | None, Field(description="Custom field 4.")] = None


class Contact(BaseModel):
    """
    A contact of a list. Empty fields come as null (or, for names and custom fields, `""`).
    """

    contact_id: Annotated[StrictInt, Field(description="The contact's id.")]
    list_id: Annotated[StrictInt, Field(description="The list the contact is in.")]
    phone_number: Annotated[
        StrictStr,
        Field(
            description="The phone number (E.164); null for a contact with only a fax number or email (the docs never show it null)."
        ),
    ]
    first_name: Annotated[StrictStr, Field(description="The first name.")]
    last_name: Annotated[StrictStr, Field(description="The last name.")]
    custom_1: Annotated[StrictStr, Field(description="Custom field 1.")]
    custom_2: Annotated[StrictStr, Field(description="Custom field 2.")]
    custom_3: Annotated[StrictStr, Field(description="Custom field 3.")]
    custom_4: Annotated[StrictStr, Field(description="Custom field 4.")]
    date_added: UnixTime
    date_updated: UnixTime | None = None
    fax_number: Annotated[StrictStr, Field(description="The fax number (E.164).")]
    organization_name: Annotated[StrictStr, Field(description="The organisation name.")]
    email: Annotated[StrictStr, Field(description="The email address.")]
    address_line_1: Annotated[StrictStr, Field(description="The street address.")]
    address_line_2: Annotated[StrictStr, Field(description="The second address line.")]
    address_city: Annotated[StrictStr, Field(description="The city.")]
    address_state: Annotated[StrictStr, Field(description="The state.")]
    address_postal_code: Annotated[StrictStr, Field(description="The postcode.")]
    address_country: Annotated[StrictStr, Field(description="The country (two-letter code).")]
    field_list_name: Annotated[
        StrictStr, Field(alias="_list_name", description="The name of the list the contact is in.")
    ]


class ContactPage(Page):
    data: list[Contact]


class ContactRemoval(BaseModel):
    """
    How many contacts were removed from the list.
    """

    deleted: Annotated[StrictInt, Field(description="The number of contacts removed.", ge=0)]


class ContactListRequest(BaseModel):
    """
    A contact list's name, to create or rename it.
    """

    list_name: Annotated[StrictStr, Field(description="The list's name.", min_length=1)]


class ContactList(BaseModel):
    """
    A contact list.
    """

    list_id: Annotated[StrictInt, Field(description="The list's id.")]
    list_name: Annotated[StrictStr, Field(description="The list's name.")]
    list_email_id: Annotated[StrictStr, Field(description="The list's email id (e.g. `GHPAJCCVGMTD9BLA`).")]
    field_contacts_count: Annotated[
        StrictInt, Field(alias="_contacts_count", description="How many contacts the list holds.", ge=0)
    ]


class ContactListPage(Page):
    data: list[ContactList]


class FieldModel(RootModel[StrictStr]):
    root: Annotated[StrictStr, Field(min_length=1)]


class ContactListDuplicateRemovalRequest(BaseModel):
    """
    Which fields make two contacts duplicates.
    """

    fields: Annotated[
        list[FieldModel] | None,
        Field(
            description="Contact field names (`phone_number`, `first_name`, `last_name`, `fax_number`, `address_country`, ...): contacts equal in all of them are duplicates."
        ),
    ] = None


class FieldOrderItem(RootModel[StrictStr]):
    root: Annotated[StrictStr, Field(min_length=1)]


class ContactListImportRequest(BaseModel):
    """
    The file to import and the order of its columns.
    """

    file_url: Annotated[
        StrictStr,
        Field(
            description="The URL (http or https) the service fetches the file to import from, e.g. a CSV file.",
            pattern="^https?://[!-~]+$",
        ),
    ]
    field_order: Annotated[
        list[FieldOrderItem],
        Field(
            description="The contact field of each column of the file, in order. The docs' sample names them `phone`,\n`custom1` ... `custom4` where the contact fields are `phone_number`, `custom_1` ...; the spec does\nnot restrict the names.\n"
        ),
    ]


class ContactListImport(BaseModel):
    """
    The queued import.
    """

    msg: Annotated[StrictStr, Field(description="A message (e.g. `Messages put on queue.`).")]
    ids: Annotated[list[StrictStr], Field(description="The ids of the queued jobs.")]
    id: Annotated[StrictStr, Field(description="The id of the queued job.")]


class Country(BaseModel):
    """
    A country code and its name.
    """

    code: Annotated[
        StrictStr, Field(description="The two-letter code (ISO 3166-1 alpha-2), e.g. `AU`.", pattern="^[A-Z]{2}$")
    ]
    value: Annotated[StrictStr, Field(description="The country's name, e.g. `Australia`.")]


class CountryListId(RootModel[StrictInt]):
    root: Annotated[StrictInt, Field(ge=1)]


class GlobalSendingCountrySelection(BaseModel):
    """
    Countries, by their ids from List Countries (`GET /country-list`).
    """

    country_list_ids: Annotated[
        list[CountryListId],
        Field(description='The country ids (the docs type the field "number"; the samples send an array of integers).'),
    ]


class GlobalSendingCountryOption(BaseModel):
    """
    A country that can be selected for global sending.
    """

    id: Annotated[StrictInt, Field(description="The country's id (what Select Countries takes).")]
    name: Annotated[StrictStr, Field(description="The country's name.")]
    code: Annotated[StrictStr, Field(description="The two-letter country code.")]
    region: Annotated[StrictStr, Field(description="The region, e.g. `Oceania`.")]


class GlobalSendingRegistrationStatus(BaseModel):
    """
    A country's registration status.
    """

    id: Annotated[StrictInt, Field(description="The status id.")]
    name: Annotated[StrictStr, Field(description="The status name, e.g. `NOT_INITIATED`.")]


class ContactListSearchResult(BaseModel):
    """
    A contact or a contact list matching the search.
    """

    id: Annotated[StrictInt, Field(description="The contact's or the list's id.")]
    name: Annotated[StrictStr, Field(description="The contact's or the list's name.")]
    contact: Annotated[StrictStr, Field(description="A contact's phone number, or a list's `list_email_id`.")]
    type: Annotated[Literal["contact", "list"], Field(description="What was found.")]
    contacts_count: Annotated[StrictInt, Field(description="A list's number of contacts; null for a contact.", ge=0)]


class ContactListSearchPage(Page):
    data: list[ContactListSearchResult]


class SmsMessageInput(BaseModel):
    """
    One message to send: to a number (`to`) or to every contact of a list (`list_id`, instead of `to`). The
    service checks the recipient, the sender and the schedule per message and reports what is wrong in that
    message's `status` (the answer is still HTTP 200), so the schema does not constrain them further.

    """

    to: Annotated[
        StrictStr | None,
        Field(description="The recipient's number in E.164 format (e.g. `+61411111111`); not needed with `list_id`."),
    ] = None
    body: Annotated[
        StrictStr,
        Field(
            description="The message. Up to 160 GSM 03.38 characters make one message; longer ones go in parts of 153\ncharacters (70 and 67 when any character is not GSM 03.38, i.e. unicode), each charged as a message.\nThe docs say a message longer than 6 parts is truncated, while their credit tables go up to 8 parts\n(1224 GSM or 536 unicode characters); the schema sets no length limit.\n"
        ),
    ]
    source: Annotated[StrictStr | None, Field(description="Your method of sending, e.g. `wordpress`, `php`, `c#`.")] = (
        None
    )
    from_: Annotated[
        StrictStr | None,
        Field(
            alias="from",
            description="Your sender ID: a number, or up to 11 alphanumeric characters without spaces (else the message gets\n`INVALID_SENDER_ID`). The samples leave it out; the service then chooses the sender (the answer's\n`from`).\n",
        ),
    ] = None
    schedule: Annotated[
        StrictInt | None, Field(description="When to send (Unix seconds); leave out for immediate delivery.", ge=0)
    ] = None
    custom_string: Annotated[
        StrictStr | None, Field(description="Your reference; passed back with every reply and delivery report.")
    ] = None
    list_id: Annotated[
        StrictInt | None,
        Field(description="A contact list's ID, to send to the whole list; can be used instead of `to`."),
    ] = None
    country: Annotated[
        StrictStr | None,
        Field(
            description="ISO 3166 alpha-2 country code (e.g. `US`), used to format `to` when it is not international."
        ),
    ] = None
    from_email: Annotated[
        StrictStr | None,
        Field(description="An e-mail address replies are e-mailed to; when omitted, to the user who sent the SMS."),
    ] = None


class SmsMessageStatus(RootModel[StrictStr]):
    root: Annotated[
        StrictStr,
        Field(
            description="A message's own status: `SUCCESS` (queued; use delivery reports for the delivery), or why it was refused:\none of the application codes of the introduction (`info.x-application-codes`), e.g. INVALID_RECIPIENT,\nCOUNTRY_NOT_ENABLED, INVALID_SENDER_ID, INSUFFICIENT_CREDIT, THROTTLED (identical body recently sent to\nthe same recipient), EMPTY_MESSAGE, TOO_MANY_RECIPIENTS. Not an enum, so that a client reads a code the\ndocs may add.\n",
            pattern="^[A-Z][A-Z0-9_]*$",
        ),
    ]


class SmsMessageId(RootModel[StrictStr]):
    root: Annotated[
        StrictStr,
        Field(
            description="A ClickSend message ID (an uppercase UUID).",
            pattern="^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$",
        ),
    ]


class SmsMessage(BaseModel):
    """
    A sent (queued or refused) message, as Send SMS answers it.
    """

    direction: Annotated[StrictStr, Field(description="`out` for a sent message.")]
    date: UnixTime
    to: Annotated[StrictStr, Field(description="The recipient's number.")]
    body: StrictStr
    from_: Annotated[StrictStr, Field(alias="from", description="The sender ID used.")]
    schedule: UnixTime
    message_id: SmsMessageId
    message_parts: MessageParts
    message_price: Money
    custom_string: StrictStr
    user_id: StrictInt
    subaccount_id: StrictInt
    country: Annotated[StrictStr, Field(description="ISO 3166 alpha-2 code of the recipient's country.")]
    carrier: Annotated[StrictStr, Field(description="The recipient's network.")]
    status: SmsMessageStatus


class SmsSendResult(BaseModel):
    """
    What Send SMS answers.
    """

    total_price: Money
    total_count: Annotated[StrictInt, Field(description="The number of messages.", ge=0)]
    queued_count: Annotated[StrictInt, Field(description="The number of messages queued (status SUCCESS).", ge=0)]
    messages: list[SmsMessage]
    field_currency: Annotated[Currency, Field(alias="_currency")]


class SmsPriceMessage(BaseModel):
    """
    One priced message, as Calculate SMS Price answers it.
    """

    to: StrictStr
    body: StrictStr
    from_: Annotated[StrictStr, Field(alias="from")]
    schedule: UnixTime
    message_parts: MessageParts
    message_price: Money
    custom_string: StrictStr
    country: StrictStr
    status: SmsMessageStatus


class SmsPrice(BaseModel):
    """
    What Calculate SMS Price answers.
    """

    total_price: Money
    total_count: Annotated[StrictInt, Field(ge=0)]
    queued_count: Annotated[StrictInt, Field(ge=0)]
    messages: list[SmsPriceMessage]
    field_currency: Annotated[Currency | None, Field(alias="_currency")] = None


class SmsReceiptTestRequest(BaseModel):
    url: Annotated[StrictStr, Field(description="The URL to forward the test receipt to.", min_length=1)]


class SmsReceipt(BaseModel):
    """
    An SMS delivery receipt. The docs' list shows `_message_type`, the single receipt `message_type`, and the
    test receipt neither (nor `timestamp_send`).

    """

    timestamp_send: UnixTime | None = None
    timestamp: UnixTime
    message_id: SmsMessageId
    status_code: Annotated[
        StrictStr,
        Field(
            description='The delivery status code, e.g. `201`, `Completed` (the docs refer to "SMS Delivery Status Codes", which the reference does not list).'
        ),
    ]
    status_text: StrictStr
    error_code: StrictStr
    error_text: StrictStr
    custom_string: Annotated[StrictStr, Field(description="The reference given when sending.")]
    field_message_type: Annotated[StrictStr | None, Field(alias="_message_type", description="`sms`.")] = None
    message_type: Annotated[StrictStr | None, Field(description="`sms`.")] = None


class SmsReceiptPage(Page):
    data: list[SmsReceipt]


class SmsReceiptReadRequest(BaseModel):
    date_before: Annotated[
        StrictInt | None,
        Field(
            description="Mark as read the receipts before this time (Unix seconds); all of them when left out.", ge=0
        ),
    ] = None


class InboundSmsTestRequest(BaseModel):
    url: Annotated[StrictStr, Field(description="The URL to forward the test message to.", min_length=1)]


class InboundSms(BaseModel):
    """
    An inbound SMS (a reply, or a message to your dedicated number).
    """

    timestamp: UnixTime
    from_: Annotated[StrictStr, Field(alias="from", description="The number that sent the message.")]
    body: StrictStr
    original_body: Annotated[StrictStr, Field(description="The body of the outgoing SMS this replies to.")]
    original_message_id: SmsMessageId
    to: Annotated[StrictStr, Field(description="The number it was sent to (your dedicated or a shared number).")]
    custom_string: Annotated[StrictStr, Field(description="The reference of the original message.")]
    message_id: SmsMessageId
    field_keyword: Annotated[StrictStr, Field(alias="_keyword", description="The message's first word.")]


class InboundSmsPage(Page):
    data: list[InboundSms]


class InboundSmsReadRequest(BaseModel):
    date_before: Annotated[
        StrictInt | None,
        Field(
            description="Mark as read the messages before this time (Unix seconds); all of them when left out.", ge=0
        ),
    ] = None


class SmsCancelAllResult(BaseModel):
    count: Annotated[StrictInt, Field(description="The number of scheduled messages cancelled.", ge=0)]


class SmsTemplateInput(BaseModel):
    template_name: Annotated[StrictStr, Field(description="The template's name.")]
    body: Annotated[StrictStr, Field(description="The template's message.")]


class SmsTemplate(BaseModel):
    template_id: StrictInt
    body: StrictStr
    template_name: StrictStr


class SmsTemplatePage(Page):
    data: list[SmsTemplate]


class SmsHistoryMessage(BaseModel):
    """
    A sent SMS in the history.
    """

    direction: Annotated[StrictStr, Field(description="`out` for a sent message.")]
    date: UnixTime
    to: StrictStr
    body: StrictStr
    status: Annotated[StrictStr, Field(description="The delivery state, e.g. `Completed`.")]
    from_: Annotated[StrictStr, Field(alias="from")]
    schedule: UnixTime
    status_code: Annotated[StrictStr, Field(description="The delivery status code (null before a report).")]
    status_text: StrictStr
    error_code: StrictStr
    error_text: StrictStr
    message_id: SmsMessageId
    message_parts: MessageParts
    message_price: Money
    from_email: StrictStr
    list_id: Annotated[StrictInt, Field(description="The list sent to, if any.")]
    custom_string: StrictStr
    contact_id: Annotated[StrictInt, Field(description="The contact sent to (0 when not sent to a contact).")]
    user_id: StrictInt
    subaccount_id: StrictInt
    country: StrictStr
    carrier: StrictStr
    first_name: Annotated[StrictStr, Field(description="The contact's first name.")]
    last_name: Annotated[StrictStr, Field(description="The contact's last name.")]
    field_api_username: Annotated[
        StrictStr, Field(alias="_api_username", description="The API username that sent the message.")
    ]


class SmsHistoryPage(Page):
    data: list[SmsHistoryMessage]


class SmsExportFile(BaseModel):
    url: Annotated[StrictStr, Field(description="The URL to download the exported file from.")]


class SmsCampaignInput(BaseModel):
    """
    A campaign (the body of Calculate SMS Campaign Price and Update SMS Campaign).
    """

    list_id: Annotated[StrictInt, Field(description="The contact list to send to (up to 20,000 recipients).")]
    name: Annotated[StrictStr, Field(description="The campaign's name.")]
    body: Annotated[
        StrictStr,
        Field(
            description='The message. Marketing messages must end with an opt-out ("reply STOP", or the `StopMsg.me/xxxxx`\nplaceholder, replaced by an opt-out link).\n'
        ),
    ]
    from_: Annotated[
        StrictStr | None,
        Field(
            alias="from",
            description="Your sender ID. The samples leave it out; the service then chooses the sender (the answer's `from`).",
        ),
    ] = None
    schedule: Annotated[
        StrictInt | None, Field(description="When to send (Unix seconds); leave out (or 0) to send now.", ge=0)
    ] = None


class SmsCampaignSendInput(SmsCampaignInput):
    """
    The body of Send SMS Campaign.
    """

    url_to_shorten: Annotated[
        StrictStr | None,
        Field(
            description="A long URL to replace the literal `smsu.io/xxxxx` of `body` with a tracked short URL (one of the two without the other is an error)."
        ),
    ] = None


class SmsCampaign(BaseModel):
    """
    An SMS campaign.
    """

    sms_campaign_id: StrictInt
    name: StrictStr
    user_id: StrictInt
    subaccount_id: StrictInt
    list_id: StrictInt
    from_: Annotated[StrictStr, Field(alias="from", description="The sender ID used.")]
    body: StrictStr
    schedule: UnixTime
    status: Annotated[
        StrictStr, Field(description="The campaign's state: `Queued`, `Sent`, `Cancelled` (the values the docs show).")
    ]
    date_added: UnixTime
    ip_address: Annotated[
        StrictStr | None, Field(description="The IP address the campaign was sent from (not in the send answer).")
    ] = None
    custom_string: StrictStr
    source: StrictStr
    field_total_count: Annotated[
        StrictInt | None,
        Field(alias="_total_count", description="The number of recipients (in the list and get answers).", ge=0),
    ] = None


class SmsCampaignPage(Page):
    data: list[SmsCampaign]


class SmsCampaignPriceMessage(BaseModel):
    """
    The campaign's message as its first recipient would get it.
    """

    from_: Annotated[StrictStr, Field(alias="from")]
    body: Annotated[StrictStr, Field(description="The message with its placeholders filled in.")]
    schedule: UnixTime


class SmsCampaignPrice(BaseModel):
    """
    What Calculate SMS Campaign Price answers.
    """

    total_count: Annotated[StrictInt, Field(description="The number of recipients.", ge=0)]
    total_price: Money
    data: SmsCampaignPriceMessage
    field_currency: Annotated[Currency, Field(alias="_currency")]


class MmsMessageInput(BaseModel):
    """
    One MMS message; give `to` or `list_id`.
    """

    to: Annotated[StrictStr | None, Field(description="Recipient phone number in E.164 format.")] = None
    list_id: Annotated[
        StrictInt | None, Field(description="Your list ID if sending to a whole list (instead of `to`).")
    ] = None
    subject: Annotated[
        StrictStr,
        Field(description="Subject line (max 20 characters); an empty subject gives SUBJECT_REQUIRED.", max_length=20),
    ]
    from_: Annotated[
        StrictStr,
        Field(
            alias="from",
            description="Your sender id (alphanumeric ones up to 11 characters, no spaces, else INVALID_SENDER_ID).",
        ),
    ]
    body: Annotated[
        StrictStr, Field(description="Your message (1500 characters, 500 if unicode; longer ones are truncated).")
    ]
    country: Annotated[
        StrictStr | None, Field(description="The country of the recipient (two-letter code, e.g. AU).")
    ] = None
    source: Annotated[StrictStr | None, Field(description="Your method of sending, e.g. 'wordpress', 'php', 'c#'.")] = (
        None
    )
    custom_string: Annotated[
        StrictStr | None, Field(description="Your reference, passed back with replies and delivery reports.")
    ] = None
    schedule: UnixTime | None = None


class MmsScheduleTime1(RootModel[StrictInt]):
    root: Annotated[
        StrictInt,
        Field(description="Unix seconds of the schedule, or an empty string when the message is not scheduled.", ge=0),
    ]


class MmsScheduleTime2(RootModel[StrictStr]):
    root: Annotated[
        StrictStr,
        Field(
            description="Unix seconds of the schedule, or an empty string when the message is not scheduled.",
            pattern="^[0-9]*$",
        ),
    ]


class MmsScheduleTime(RootModel[MmsScheduleTime1 | MmsScheduleTime2]):
    root: Annotated[
        MmsScheduleTime1 | MmsScheduleTime2,
        Field(description="Unix seconds of the schedule, or an empty string when the message is not scheduled."),
    ]


class MmsMessage(BaseModel):
    """
    One MMS message as queued (or priced), with its own status.
    """

    list_id: Annotated[StrictInt, Field(description="The list sent to; null for a number.")]
    contact_id: Annotated[StrictInt, Field(description="The contact sent to.")]
    message_id: Annotated[
        StrictStr,
        Field(
            description="The message id (an uppercase UUID).",
            pattern="^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$",
        ),
    ]
    to: Annotated[StrictStr, Field(description="Recipient phone number.")]
    subject: StrictStr
    from_: Annotated[StrictStr, Field(alias="from", description="The sender id.")]
    body: StrictStr
    country: StrictStr
    custom_string: StrictStr
    schedule: MmsScheduleTime
    message_parts: MessageParts
    message_price: Money
    field_media_file_url: Annotated[AnyUrl, Field(alias="_media_file_url", description="URL of the media file sent.")]
    status: Annotated[
        StrictStr,
        Field(
            description="`SUCCESS` (queued) or the application code (`info.x-application-codes`) that refused this message: INVALID_RECIPIENT, THROTTLED, INVALID_SENDER_ID, INSUFFICIENT_CREDIT, SUBJECT_REQUIRED, INVALID_MEDIA_FILE, ...",
            pattern="^[A-Z][A-Z0-9_]*$",
        ),
    ]


class MmsSendResult(BaseModel):
    """
    The messages queued (or priced) and their total.
    """

    total_price: Money
    total_count: Annotated[StrictInt, Field(description="Messages in the request.", ge=0)]
    queued_count: Annotated[StrictInt, Field(description="Messages queued (status SUCCESS).", ge=0)]
    messages: list[MmsMessage]


class MmsHistoryItem(BaseModel):
    """
    One MMS of the history.
    """

    direction: Annotated[StrictStr, Field(description="`out` for a sent message.")]
    date: UnixTime
    to: StrictStr
    body: StrictStr
    status: Annotated[StrictStr, Field(description="The message status, e.g. `Completed`.")]
    from_: Annotated[StrictStr, Field(alias="from")]
    schedule: MmsScheduleTime
    status_code: StrictStr
    status_text: StrictStr
    error_code: StrictStr
    error_text: StrictStr
    message_id: Annotated[
        StrictStr,
        Field(
            description="The message id (an uppercase UUID).",
            pattern="^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$",
        ),
    ]
    message_parts: MessageParts
    message_price: Money
    from_email: StrictStr
    list_id: StrictInt
    custom_string: StrictStr
    contact_id: StrictInt
    user_id: StrictInt
    subaccount_id: StrictInt
    country: StrictStr
    carrier: StrictStr
    first_name: StrictStr
    last_name: StrictStr
    field_api_username: Annotated[StrictStr, Field(alias="_api_username")]


class MmsHistoryPage(Page):
    data: list[MmsHistoryItem]


class MmsHistoryExport(BaseModel):
    url: Annotated[AnyUrl, Field(description="URL of the exported file.")]


class MmsCampaignRequest(BaseModel):
    """
    An MMS campaign to send, price or update.
    """

    list_id: Annotated[StrictInt, Field(description="Your list id.")]
    name: Annotated[StrictStr, Field(description="Your campaign name.")]
    body: Annotated[StrictStr, Field(description="Your campaign message.")]
    from_: Annotated[StrictStr, Field(alias="from", description="Your sender id.")]
    schedule: UnixTime | None = None
    subject: Annotated[StrictStr, Field(description="Subject of the MMS campaign.")]
    media_file: Annotated[StrictStr, Field(description="URL pointing to the media file.")]


class MmsCampaign(BaseModel):
    """
    An MMS campaign.
    """

    mms_campaign_id: StrictInt
    name: StrictStr
    user_id: StrictInt
    subaccount_id: StrictInt
    list_id: StrictInt
    from_: Annotated[StrictStr, Field(alias="from")]
    subject: StrictStr
    file_name: Annotated[StrictStr, Field(description="The stored media file's name.")]
    body: StrictStr
    schedule: UnixTime
    status: Annotated[
        StrictStr, Field(description="The campaign status: `Queued`, `Scheduled`, `Sent`, `Cancelled`, ...")
    ]
    date_added: UnixTime
    custom_string: StrictStr | None = None
    country: StrictStr | None = None
    unsubscribe_link: Flag | None = None
    field_total_count: Annotated[
        StrictInt, Field(alias="_total_count", description="Recipients of the campaign.", ge=0)
    ]
    field_list_name: Annotated[StrictStr, Field(alias="_list_name")]
    field_media_file_url: Annotated[AnyUrl, Field(alias="_media_file_url")]


class MmsCampaignPage(Page):
    data: list[MmsCampaign]


class MmsCampaignPricePreview(BaseModel):
    """
    A preview of the campaign's message (the docs' sample shows a contact's fields filled in).
    """

    from_: Annotated[StrictStr, Field(alias="from")]
    schedule: UnixTime
    body: StrictStr


class MmsCampaignPrice(BaseModel):
    total_count: Annotated[StrictInt, Field(description="Recipients of the campaign.", ge=0)]
    total_price: Money
    data: MmsCampaignPricePreview
    field_currency: Annotated[Currency, Field(alias="_currency")]


class DedicatedNumber(BaseModel):
    """
    A dedicated number of the account.
    """

    dedicated_number: StrictStr
    country: StrictStr
    price: Money
    field_country_name: Annotated[StrictStr, Field(alias="_country_name")]


class DedicatedNumberPage(Page):
    data: list[DedicatedNumber]


class DedicatedNumberPurchase(BaseModel):
    """
    A dedicated number just bought, and what it cost.
    """

    dedicated_number: StrictStr
    country: StrictStr
    price_total: Money
    field_price_setup: Annotated[Money, Field(alias="_price_setup")]
    field_price_monthly: Annotated[Money, Field(alias="_price_monthly")]
    field_currency: Annotated[Currency, Field(alias="_currency")]


class DedicatedNumberAvailable(BaseModel):
    """
    A dedicated number available for purchase.
    """

    country: StrictStr
    country_name: StrictStr
    dedicated_number: StrictStr
    price_setup: Money
    price_monthly: Money
    price_total: Money


class DedicatedNumberAvailablePage(Page):
    data: list[DedicatedNumberAvailable]
    field_currency: Annotated[Currency, Field(alias="_currency")]


class StatisticsOutbound(BaseModel):
    count: Annotated[StrictInt, Field(ge=0)]
    price: Money


class StatisticsCount(BaseModel):
    count: Annotated[StrictInt, Field(ge=0)]


class StatisticsVoiceTotal(BaseModel):
    outbound: StatisticsOutbound
    bounced: StatisticsCount


class StatisticsVoiceDay(BaseModel):
    date: UnixTime
    outbound: StatisticsOutbound
    bounced: StatisticsCount


class StatisticsVoice(BaseModel):
    total: StatisticsVoiceTotal
    stats: Annotated[list[StatisticsVoiceDay], Field(description="Per day (`date` is the day's start).")]
    field_currency: Annotated[Currency, Field(alias="_currency")]


class StatisticsSmsTotal(BaseModel):
    outbound: StatisticsOutbound
    inbound: StatisticsCount
    bounced: StatisticsCount


class StatisticsSmsDay(BaseModel):
    date: UnixTime
    outbound: StatisticsOutbound
    inbound: StatisticsCount
    bounced: StatisticsCount


class StatisticsSms(BaseModel):
    total: StatisticsSmsTotal
    stat: Annotated[
        list[StatisticsSmsDay],
        Field(description="Per day (`date` is the day's start); named `stat`, not `stats`, as the docs show."),
    ]
    field_currency: Annotated[Currency, Field(alias="_currency")]


class Subaccount(BaseModel):
    """
    A subaccount, with its API credentials and permissions.
    """

    subaccount_id: StrictInt
    api_username: StrictStr
    email: StrictStr
    phone_number: Annotated[StrictStr, Field(description="The phone number in E.164 format.")]
    first_name: StrictStr
    last_name: StrictStr
    api_key: Annotated[StrictStr, Field(description="The subaccount's API key (its Basic-auth password).")]
    access_users: Flag
    access_billing: Flag
    access_reporting: Flag
    access_contacts: Flag
    access_settings: Flag
    access_sms: Flag
    access_email: Flag
    access_voice: Flag
    access_fax: Flag
    access_post: Flag
    access_reseller: Flag
    access_mms: Flag
    share_campaigns: Flag
    notes: StrictStr


class SubaccountPage(Page):
    data: list[Subaccount]


class SubaccountCreateRequest(BaseModel):
    """
    A new subaccount.
    """

    api_username: Annotated[StrictStr, Field(description="Your new api username.")]
    password: Annotated[StrictStr, Field(description="Your new password.")]
    email: Annotated[StrictStr, Field(description="Your new email.")]
    phone_number: Annotated[StrictStr, Field(description="Your phone number in E.164 format.")]
    first_name: Annotated[StrictStr, Field(description="Your first name.")]
    last_name: Annotated[StrictStr, Field(description="Your last name.")]
    access_users: Flag | None = None
    access_billing: Flag | None = None
    access_reporting: Flag | None = None
    access_contacts: Flag | None = None
    access_settings: Flag | None = None


class SubaccountUpdateRequest(BaseModel):
    """
    The new values of a subaccount.
    """

    api_username: Annotated[StrictStr | None, Field(description="Your new api username.")] = None
    password: Annotated[StrictStr, Field(description="Your new password.")]
    email: Annotated[StrictStr, Field(description="Your new email.")]
    phone_number: Annotated[StrictStr, Field(description="Your phone number in E.164 format.")]
    first_name: Annotated[StrictStr, Field(description="Your first name.")]
    last_name: Annotated[StrictStr, Field(description="Your last name.")]
    access_users: Flag | None = None
    access_billing: Flag | None = None
    access_reporting: Flag | None = None
    access_contacts: Flag | None = None
    access_settings: Flag | None = None
    access_sms: Flag | None = None
    access_email: Flag | None = None
    access_voice: Flag | None = None
    access_fax: Flag | None = None
    access_post: Flag | None = None
    access_reseller: Flag | None = None
    access_mms: Flag | None = None
    share_campaigns: Flag | None = None
    notes: StrictStr | None = None


class SubaccountApiKey(BaseModel):
    api_key: Annotated[StrictStr, Field(description="The subaccount's new API key.")]


class UploadRequest(BaseModel):
    """
    The file to upload, Base64-encoded.
    """

    content: Annotated[
        StrictStr, Field(description="Base64-encoded file contents.", min_length=1, pattern="^[A-Za-z0-9+/=\\r\\n]+$")
    ]
    convert: Annotated[
        Literal["fax", "mms", "csv", "post", "postcard"] | None,
        Field(description="What the result should be compatible with; the docs allow it here as well as in the query."),
    ] = None


class Upload(BaseModel):
    """
    An uploaded (converted) file.
    """

    upload_id: StrictInt
    file_name: StrictStr
    date_added: UnixTime
    date_delete: UnixTime
    user_id: StrictInt
    field_url: Annotated[AnyUrl, Field(alias="_url", description="URL of the converted file.")]


class VoiceMessageInput(BaseModel):
    """
    One text-to-speech message; give `to` or `list_id`.
    """

    to: Annotated[StrictStr | None, Field(description="The recipient's phone number in E.164 format.")] = None
    list_id: Annotated[
        StrictInt | None, Field(description="Your list ID if sending to a whole list (instead of `to`).")
    ] = None
    body: Annotated[
        StrictStr,
        Field(description="The text to read (1200 GSM or 450 unicode characters, 4 parts; longer ones are truncated)."),
    ]
    lang: Annotated[
        StrictStr, Field(description="A language `code` of View Voice Languages, e.g. `en-au` (else INVALID_LANG).")
    ]
    voice: Annotated[
        Literal["female", "male"] | None,
        Field(
            description="Either `female` or `male`, one the language has (else INVALID_VOICE); by default the language's default voice (female, where it has one)."
        ),
    ] = None
    custom_string: Annotated[
        StrictStr | None, Field(description="Your reference, passed back with all replies and delivery reports.")
    ] = None
    country: Annotated[StrictStr | None, Field(description="The country of the recipient.")] = None
    source: Annotated[StrictStr | None, Field(description="Your method of sending, e.g. 'wordpress', 'php', 'c#'.")] = (
        None
    )
    schedule: UnixTime | None = None
    require_input: Flag | None = None
    machine_detection: Flag | None = None


class VoiceMessage(BaseModel):
    """
    One voice message as queued (or priced), with its own status.
    """

    date: UnixTime
    to: StrictStr
    to_type: Annotated[StrictStr, Field(description="The kind of number, e.g. `mobile`.")]
    body: StrictStr
    from_: Annotated[StrictStr, Field(alias="from")]
    lang: StrictStr
    voice: Annotated[StrictStr, Field(description="`female` or `male`.")]
    schedule: UnixTime
    message_id: Annotated[
        StrictStr,
        Field(
            description="The message id (an uppercase UUID).",
            pattern="^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$",
        ),
    ]
    message_parts: MessageParts
    message_price: Money
    custom_string: StrictStr
    user_id: StrictInt
    subaccount_id: StrictInt
    country: StrictStr
    carrier: StrictStr | None = None
    require_input: Flag
    machine_detection: Flag
    status: Annotated[
        StrictStr,
        Field(
            description="`SUCCESS` (queued) or the application code (`info.x-application-codes`) that refused this message: INVALID_RECIPIENT, THROTTLED, INSUFFICIENT_CREDIT, COUNTRY_NOT_ENABLED, INVALID_LANG, INVALID_VOICE, ...",
            pattern="^[A-Z][A-Z0-9_]*$",
        ),
    ]


class VoiceSendResult(BaseModel):
    """
    The messages queued (or priced), their total and the currency.
    """

    total_price: Money
    total_count: Annotated[StrictInt, Field(description="Messages in the request.", ge=0)]
    queued_count: Annotated[StrictInt, Field(description="Messages queued (status SUCCESS).", ge=0)]
    messages: list[VoiceMessage]
    field_currency: Annotated[Currency, Field(alias="_currency")]


class VoiceLanguage(BaseModel):
    """
    A voice language and the voices it has.
    """

    code: Annotated[StrictStr, Field(description="The `lang` of a voice message, e.g. `en-au`.")]
    country: Annotated[StrictStr, Field(description="Language and locale, e.g. `English, Australia`.")]
    gender: Annotated[list[Literal["female", "male"]], Field(description="The voices the language has.")]


class VoiceReceipt(BaseModel):
    """
    A voice delivery receipt.
    """

    timestamp_send: UnixTime
    timestamp: UnixTime
    message_id: Annotated[
        StrictStr,
        Field(
            description="The message id, as Send Voice Message gave it (an uppercase UUID).",
            pattern="^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$",
        ),
    ]
    status: Annotated[StrictStr | None, Field(description="`Delivered` or `Undelivered` (in pushed receipts).")] = None
    status_code: Annotated[
        StrictStr, Field(description="Status code (the docs' Voice Delivery Status Codes), e.g. `201`.")
    ]
    status_text: StrictStr
    error_code: StrictStr
    error_text: StrictStr
    custom_string: StrictStr
    user_id: Annotated[StrictInt | None, Field(description="The user who sent the message (in pushed receipts).")] = (
        None
    )
    subaccount_id: Annotated[
        StrictInt | None, Field(description="The subaccount that sent the message (in pushed receipts).")
    ] = None
    message_type: Literal["voice"]
    digits: Annotated[StrictStr, Field(description="What the recipient pressed on their keypad; blank if nothing.")]


class VoiceReceiptPage(Page):
    data: list[VoiceReceipt]


class VoiceCancelAll(BaseModel):
    count: Annotated[StrictInt, Field(description="How many messages were cancelled.", ge=0)]


class VoiceHistoryItem(BaseModel):
    """
    One voice message of the history.
    """

    user_id: StrictInt
    subaccount_id: StrictInt
    list_id: StrictInt
    message_id: Annotated[
        StrictStr,
        Field(
            description="The message id (an uppercase UUID).",
            pattern="^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$",
        ),
    ]
    to: StrictStr
    to_type: StrictStr
    from_: Annotated[StrictStr, Field(alias="from")]
    voice: StrictStr
    lang: StrictStr
    body: StrictStr
    carrier: StrictStr
    country: StrictStr
    custom_string: StrictStr
    schedule: UnixTime
    message_parts: MessageParts
    message_price: Money
    status: Annotated[StrictStr, Field(description="The message status, e.g. `WaitApproval`.")]
    status_code: StrictStr
    status_text: StrictStr
    date_added: UnixTime
    digits: Annotated[StrictStr, Field(description="What the recipient pressed, if anything.")]
    machine_detected: Flag
    require_input: Flag


class VoiceHistoryPage(Page):
    data: list[VoiceHistoryItem]


class VoiceHistoryExport(BaseModel):
    url: Annotated[AnyUrl, Field(description="URL of the exported file.")]


class DeliveryIssueRequest(BaseModel):
    """
    A delivery issue to report.
    """

    message_id: Annotated[StrictStr | None, Field(description="The message id of the message.")] = None
    type: Annotated[
        Literal["SMS", "MMS", "VOICE", "EMAIL_MARKETING", "EMAIL_TRANSACTIONAL", "FAX", "POST"],
        Field(description="The type of message."),
    ]
    description: Annotated[StrictStr, Field(description="The description of the issue.")]
    client_comments: Annotated[StrictStr | None, Field(description="The user's comments.")] = None
    email_address: Annotated[StrictStr, Field(description="The user's email address.")]


class DeliveryIssue(BaseModel):
    """
    A delivery issue.
    """

    issue_id: StrictInt
    user_id: StrictInt
    message_id: Annotated[StrictStr, Field(description="The message concerned (any text the user gave).")]
    type: Annotated[
        StrictStr, Field(description="The type of message (`SMS`, `MMS`, ...; older issues show lowercase).")
    ]
    description: StrictStr
    client_comments: StrictStr | None = None
    support_comments: StrictStr | None = None
    status: StrictStr | None = None
    date_added: UnixTime
    resolved: Flag | None = None
    email_address: StrictStr


class DeliveryIssuePage(Page):
    data: list[DeliveryIssue]


class AutomationAction(
    RootModel[
        Literal[
            "AUTO_REPLY",
            "EMAIL_USER",
            "EMAIL_FIXED",
            "URL",
            "SMS",
            "POLL",
            "GROUP_SMS",
            "MOVE_CONTACT",
            "CREATE_CONTACT",
            "CREATE_CONTACT_PLUS_EMAIL",
            "CREATE_CONTACT_PLUS_NAME_EMAIL",
            "CREATE_CONTACT_PLUS_NAME",
            "SMPP",
            "NONE",
        ]
    ]
):
    root: Annotated[
        Literal[
            "AUTO_REPLY",
            "EMAIL_USER",
            "EMAIL_FIXED",
            "URL",
            "SMS",
            "POLL",
            "GROUP_SMS",
            "MOVE_CONTACT",
            "CREATE_CONTACT",
            "CREATE_CONTACT_PLUS_EMAIL",
            "CREATE_CONTACT_PLUS_NAME_EMAIL",
            "CREATE_CONTACT_PLUS_NAME",
            "SMPP",
            "NONE",
        ],
        Field(
            description="The action a rule takes. Each of the six rule sections' tables lists the same fourteen: AUTO_REPLY, EMAIL_USER, EMAIL_FIXED, URL, SMS, POLL, GROUP_SMS, MOVE_CONTACT, CREATE_CONTACT, CREATE_CONTACT_PLUS_EMAIL, CREATE_CONTACT_PLUS_NAME_EMAIL, CREATE_CONTACT_PLUS_NAME, SMPP, NONE."
        ),
    ]


class AutomationReceiptMatchType(RootModel[Literal[0, 1, 2, 3]]):
    root: Annotated[
        Literal[0, 1, 2, 3],
        Field(
            description="Which delivery receipts a receipt rule matches. The docs explain only `0` (all reports); their samples also use 1, 2 and 3, without saying what they match."
        ),
    ]


class AutomationMessageSearchType(RootModel[Literal[0, 1, 2, 3]]):
    root: Annotated[
        Literal[0, 1, 2, 3],
        Field(
            description="How an inbound SMS rule matches the message: 0 = any message, 1 = starts with, 2 = contains, 3 = does not contain (`message_search_term`)."
        ),
    ]


class SmsInboundRuleRequest(BaseModel):
    """
    An inbound SMS rule, to create or replace it.
    """

    dedicated_number: Annotated[
        StrictStr,
        Field(
            description="The dedicated number the rule applies to, or `'*'` to apply it to all the account's numbers."
        ),
    ]
    rule_name: Annotated[StrictStr, Field(description="The rule's name.")]
    message_search_type: AutomationMessageSearchType
    message_search_term: Annotated[StrictStr, Field(description="The text the message is searched for.")]
    action: AutomationAction
    action_address: Annotated[
        StrictStr,
        Field(description="What the action acts on, as the action needs (an email address, a URL, a number, ...)."),
    ]
    enabled: Annotated[Literal[0, 1], Field(description="1 (enabled) or 0 (disabled).")]
    webhook_type: Annotated[
        Literal["post", "get", "json"] | None,
        Field(description="For the URL action only, the format of the request sent to `action_address`."),
    ] = None


class SmsInboundRule(BaseModel):
    """
    An inbound SMS rule.
    """

    inbound_rule_id: StrictInt
    dedicated_number: Annotated[
        StrictStr,
        Field(description="The dedicated number the rule applies to, or `'*'` for all the account's numbers."),
    ]
    rule_name: StrictStr
    message_search_type: AutomationMessageSearchType
    message_search_term: StrictStr
    action: AutomationAction
    action_address: StrictStr
    body: Annotated[
        StrictStr | None,
        Field(
            description="Not described by the docs (their list shows `test@test.com` for a CREATE_CONTACT_PLUS_EMAIL rule, null for the others); the create answer leaves it out."
        ),
    ] = None
    enabled: Flag


class SmsInboundRulePage(Page):
    """
    A page of inbound SMS rules.
    """

    data: list[SmsInboundRule]


class SmsReceiptRuleRequest(BaseModel):
    """
    An SMS delivery receipt rule, to create or replace it.
    """

    rule_name: Annotated[StrictStr, Field(description="The rule's name.")]
    match_type: AutomationReceiptMatchType
    action: AutomationAction
    action_address: Annotated[
        StrictStr,
        Field(description="What the action acts on, as the action needs (an email address, a URL, a number, ...)."),
    ]
    enabled: Annotated[Literal[0, 1], Field(description="1 (enabled) or 0 (disabled).")]


class SmsReceiptRule(BaseModel):
    """
    An SMS delivery receipt rule.
    """

    receipt_rule_id: StrictInt
    rule_name: StrictStr
    match_type: AutomationReceiptMatchType
    action: AutomationAction
    action_address: StrictStr
    enabled: Flag


class SmsReceiptRulePage(Page):
    """
    A page of SMS delivery receipt rules.
    """

    data: list[SmsReceiptRule]


class EmailReceiptRuleRequest(BaseModel):
    """
    An email delivery receipt rule, to create or replace it.
    """

    rule_name: Annotated[StrictStr, Field(description="The rule's name.")]
    match_type: AutomationReceiptMatchType
    action: AutomationAction
    action_address: Annotated[
        StrictStr,
        Field(description="What the action acts on, as the action needs (an email address, a URL, a number, ...)."),
    ]
    enabled: Annotated[Literal[0, 1], Field(description="1 (enabled) or 0 (disabled).")]


class EmailReceiptRule(BaseModel):
    """
    An email delivery receipt rule.
    """

    receipt_rule_id: StrictInt
    rule_name: StrictStr
    match_type: AutomationReceiptMatchType
    action: AutomationAction
    action_address: StrictStr
    enabled: Flag


class EmailReceiptRulePage(Page):
    """
    A page of email delivery receipt rules.
    """

    data: list[EmailReceiptRule]


class FaxReceiptRuleRequest(BaseModel):
    """
    A fax delivery receipt rule, to create or replace it.
    """

    rule_name: Annotated[StrictStr, Field(description="The rule's name.")]
    match_type: AutomationReceiptMatchType
    action: AutomationAction
    action_address: Annotated[
        StrictStr,
        Field(description="What the action acts on, as the action needs (an email address, a URL, a number, ...)."),
    ]
    enabled: Annotated[Literal[0, 1], Field(description="1 (enabled) or 0 (disabled).")]


class FaxReceiptRule(BaseModel):
    """
    A fax delivery receipt rule.
    """

    receipt_rule_id: StrictInt
    rule_name: StrictStr
    match_type: AutomationReceiptMatchType
    action: AutomationAction
    action_address: StrictStr
    enabled: Flag


class FaxReceiptRulePage(Page):
    """
    A page of fax delivery receipt rules.
    """

    data: list[FaxReceiptRule]


class VoiceReceiptRuleRequest(BaseModel):
    """
    A voice delivery receipt rule, to create or replace it.
    """

    rule_name: Annotated[StrictStr, Field(description="The rule's name.")]
    match_type: AutomationReceiptMatchType
    action: AutomationAction
    action_address: Annotated[
        StrictStr,
        Field(description="What the action acts on, as the action needs (an email address, a URL, a number, ...)."),
    ]
    enabled: Annotated[Literal[0, 1], Field(description="1 (enabled) or 0 (disabled).")]


class VoiceReceiptRule(BaseModel):
    """
    A voice delivery receipt rule.
    """

    receipt_rule_id: StrictInt
    rule_name: StrictStr
    match_type: AutomationReceiptMatchType
    action: AutomationAction
    action_address: StrictStr
    enabled: Flag


class VoiceReceiptRulePage(Page):
    """
    A page of voice delivery receipt rules.
    """

    data: list[VoiceReceiptRule]


class FaxInboundRuleRequest(BaseModel):
    """
    An inbound fax rule, to create or replace it.
    """

    dedicated_number: Annotated[
        StrictStr,
        Field(
            description="The dedicated number the rule applies to, or `'*'` to apply it to all the account's numbers."
        ),
    ]
    rule_name: Annotated[StrictStr, Field(description="The rule's name.")]
    action: AutomationAction
    action_address: Annotated[
        StrictStr,
        Field(description="What the action acts on, as the action needs (an email address, a URL, a number, ...)."),
    ]
    enabled: Annotated[Literal[0, 1], Field(description="1 (enabled) or 0 (disabled).")]


class FaxInboundRule(BaseModel):
    """
    An inbound fax rule.
    """

    inbound_rule_id: StrictInt
    dedicated_number: Annotated[
        StrictStr,
        Field(description="The dedicated number the rule applies to, or `'*'` for all the account's numbers."),
    ]
    rule_name: StrictStr
    user_id: Annotated[StrictInt, Field(description="The account's user id.")]
    action: AutomationAction
    action_address: StrictStr
    enabled: Flag


class FaxInboundRulePage(Page):
    """
    A page of inbound fax rules.
    """

    data: list[FaxInboundRule]


class EmailSmsAllowedAddressRequest(BaseModel):
    """
    An email address to allow to send SMS by email (Email to SMS).
    """

    email_address: Annotated[
        StrictStr, Field(description="Your email address (the address allowed to send SMS by email).")
    ]
    from_: Annotated[
        StrictStr | None,
        Field(
            alias="from",
            description='Your sender ID, for the SMS sent from this address: a number, or up to 11 letters and digits without spaces (the introduction\'s INVALID_SENDER_ID rule; the table says only "Restrictions: yes").',
            pattern="^(\\+?[0-9]+|[A-Za-z0-9]{1,11})$",
        ),
    ] = None


class EmailSmsAllowedAddress(BaseModel):
    """
    An email address allowed to send SMS by email.
    """

    email_address_id: StrictInt
    email_address: StrictStr
    from_: Annotated[StrictStr, Field(alias="from", description="The sender ID of the SMS sent from this address.")]


class EmailSmsAllowedAddressPage(Page):
    """
    A page of Email to SMS allowed addresses.
    """

    data: list[EmailSmsAllowedAddress]


class EmailSmsStrippedStringRequest(BaseModel):
    """
    An Email to SMS stripped string rule, to create or replace it. The docs' tables call the field `stripped-string`; every sample and answer says `strip_string`.
    """

    strip_string: Annotated[StrictStr, Field(description="The string to be stripped.")]


class EmailSmsStrippedString(BaseModel):
    """
    An Email to SMS stripped string rule.
    """

    rule_id: StrictInt
    strip_string: Annotated[StrictStr, Field(description="The string to be stripped.")]


class EmailSmsStrippedStringPage(Page):
    """
    A page of Email to SMS stripped string rules.
    """

    data: list[EmailSmsStrippedString]


class AddressPostalCode(RootModel[StrictInt]):
    root: Annotated[
        StrictInt,
        Field(
            description="Your postal code. The tables say string and the answers show one; the curl samples send a number (`6302`), which the answers then show as its digits. Either is accepted (see `x-errata`).",
            ge=0,
        ),
    ]


class PostReturnAddressRequest(BaseModel):
    """
    A post return address, to create or replace it.
    """

    address_name: Annotated[StrictStr, Field(description="Your address name.")]
    address_line_1: Annotated[StrictStr, Field(description="Your address line 1.")]
    address_line_2: Annotated[StrictStr | None, Field(description="Your address line 2.")] = None
    address_city: Annotated[StrictStr, Field(description="Your city.")]
    address_state: Annotated[StrictStr | None, Field(description="Your state.")] = None
    address_postal_code: Annotated[
        StrictStr | AddressPostalCode,
        Field(
            description="Your postal code. The tables say string and the answers show one; the curl samples send a number (`6302`), which the answers then show as its digits. Either is accepted (see `x-errata`)."
        ),
    ]
    address_country: Annotated[StrictStr, Field(description="Your country (two-letter code, e.g. `AU`).")]


class PostReturnAddress(BaseModel):
    """
    A post return address.
    """

    return_address_id: StrictInt
    user_id: Annotated[StrictInt, Field(description="The account's user id.")]
    address_name: StrictStr
    address_line_1: StrictStr
    address_line_2: Annotated[StrictStr, Field(description="Empty when not given.")]
    address_city: StrictStr
    address_state: StrictStr
    address_postal_code: StrictStr
    address_country: Annotated[StrictStr, Field(description="The country (two-letter code).")]


class PostReturnAddressPage(Page):
    """
    A page of post return addresses.
    """

    data: list[PostReturnAddress]


class Envelope(BaseModel):
    """
    The fields every answer has; each operation's envelope adds its typed `data`.
    """

    http_code: Annotated[StrictInt, Field(description="The HTTP status, repeated.")]
    response_code: ResponseCode
    response_msg: Annotated[StrictStr, Field(description="A human-readable message.")]


class ErrorEnvelope(Envelope):
    """
    An error answer; `data` may carry details (field errors), or be null.
    """

    data: Annotated[Any | None, Field(description="Details of the error, when the service gives any.")] = None


class EmptyListEnvelope(Envelope):
    """
    An answer whose `data` is an empty array (deletions, cancellations, marking as read, ...).
    """

    data: Annotated[list[StrictStr], Field(description="Always empty.", max_length=0)]


class Account(BaseModel):
    """
    An account (the user) with its currency and the authenticated (or, on creation, the main) subaccount.
    Create, View and Verify show different field sets; the required ones are those all three show.

    """

    user_id: Annotated[StrictInt, Field(description="The account's (user's) id.")]
    username: Annotated[StrictStr, Field(description="The account's username.")]
    user_email: Annotated[StrictStr, Field(description="The owner's email address.")]
    active: Flag
    banned: Flag
    balance: Money
    user_phone: Annotated[StrictStr, Field(description="The owner's phone number (E.164).")]
    reply_to: Annotated[
        StrictStr | None, Field(description="Where replies go (an email address, or `originalemail`).")
    ] = None
    delivery_to: Annotated[StrictStr | None, Field(description="Where delivery reports go.")] = None
    user_first_name: Annotated[StrictStr, Field(description="The owner's first name.")]
    user_last_name: Annotated[StrictStr, Field(description="The owner's last name.")]
    account: Annotated[
        StrictInt, Field(description="The account type (the docs show 0 and 1 without explaining them).")
    ]
    account_name: Annotated[StrictStr, Field(description="The account (company) name.")]
    account_billing_email: Annotated[StrictStr, Field(description="The billing email address.")]
    account_billing_mobile: Annotated[StrictStr, Field(description="The billing mobile number (E.164).")]
    country: Annotated[StrictStr, Field(description="The account's country (two-letter code).")]
    default_country_sms: Annotated[
        StrictStr, Field(description="The default country of SMS recipients (two-letter code).")
    ]
    unsubscribe_mail: Flag | None = None
    auto_recharge: Flag
    auto_recharge_amount: Money
    low_credit_amount: Money
    setting_unicode_sms: Flag
    setting_beta: Flag | None = None
    setting_email_sms_subject: Flag
    setting_fix_sender_id: Flag
    setting_sms_message_char_limit: Annotated[
        StrictInt | None, Field(description="The SMS length limit setting (the docs show 6 and 8).", ge=0)
    ] = None
    setting_sms_hide_your_number: Flag | None = None
    setting_sms_hide_business_name: Flag | None = None
    old_dashboard: Flag | None = None
    balance_commission: Money | None = None
    timezone: Annotated[
        StrictStr | None, Field(description="The account's time zone (IANA name, e.g. `Australia/Melbourne`).")
    ] = None
    private_uploads: Flag | None = None
    fax_quality: Annotated[StrictInt | None, Field(description="The fax quality setting (the docs show 0).", ge=0)] = (
        None
    )
    field_currency: Annotated[Currency, Field(alias="_currency")]
    field_subaccount: Annotated[AccountSubaccount, Field(alias="_subaccount")]


class AccountEnvelope(Envelope):
    data: Account


class AccountUsageSubaccount(BaseModel):
    """
    One subaccount's usage of one channel.
    """

    subaccount_id: Annotated[StrictInt, Field(description="The subaccount's id.")]
    username: Annotated[StrictStr, Field(description="The subaccount's username.")]
    total_count: AccountUsageCount
    total_price: Money


class AccountVerificationEnvelope(Envelope):
    data: AccountVerification


class ContactEnvelope(Envelope):
    data: Contact


class ContactPageEnvelope(Envelope):
    data: ContactPage


class ContactRemovalEnvelope(Envelope):
    data: ContactRemoval


class ContactListEnvelope(Envelope):
    data: ContactList


class ContactListPageEnvelope(Envelope):
    data: ContactListPage


class ContactListImportEnvelope(Envelope):
    data: ContactListImport


class CountryListEnvelope(Envelope):
    data: list[Country]


class GlobalSendingCountryOptionListEnvelope(Envelope):
    data: list[GlobalSendingCountryOption]


class GlobalSendingCountry(BaseModel):
    """
    A country selected for global sending, with its registration and regulation state.
    """

    id: Annotated[StrictInt, Field(description="The country's id.")]
    name: Annotated[StrictStr, Field(description="The country's name.")]
    code: Annotated[StrictStr, Field(description="The two-letter country code.")]
    region: Annotated[StrictStr, Field(description="The region.")]
    agreed_at: NullableUnixTime
    registration_entity: Annotated[
        StrictStr, Field(description="The registered entity (the docs show only null; the spec takes a string).")
    ]
    registration_status: GlobalSendingRegistrationStatus
    jotform_id: Annotated[StrictStr, Field(description="The id of the country's registration form.")]
    sms_registration_type: Annotated[StrictInt, Field(description="The SMS registration type (the docs show 0).", ge=0)]
    block_registration: Flag
    block_leads: Flag
    trial_from_address: Annotated[StrictStr, Field(description="The sender used during the trial (may be empty).")]
    restricted_sending: Flag
    trial_sending: Flag
    trial_sending_description: Annotated[StrictStr, Field(description="About trial sending (may be empty).")]
    has_regulation_requirements: Flag
    registration_steps_url: Annotated[StrictStr, Field(description="Where the registration steps are described.")]
    regulation_requirements_description: Annotated[StrictStr, Field(description="The country's sending regulations.")]


class GlobalSendingCountryListEnvelope(Envelope):
    data: list[GlobalSendingCountry]


class ContactListSearchPageEnvelope(Envelope):
    data: ContactListSearchPage


class SmsMessageCollection(BaseModel):
    """
    The body of Send SMS and Calculate SMS Price.
    """

    messages: Annotated[
        list[SmsMessageInput],
        Field(
            description="The messages (up to 1000 recipients in all, lists counted by their contacts).",
            max_length=1000,
            min_length=1,
        ),
    ]


class SmsSendResultEnvelope(Envelope):
    data: SmsSendResult


class SmsPriceEnvelope(Envelope):
    data: SmsPrice


class SmsReceiptEnvelope(Envelope):
    data: SmsReceipt


class SmsReceiptPageEnvelope(Envelope):
    data: SmsReceiptPage


class InboundSmsEnvelope(Envelope):
    data: InboundSms


class InboundSmsPageEnvelope(Envelope):
    data: InboundSmsPage


class InboundSmsReadCountEnvelope(Envelope):
    data: Annotated[StrictInt, Field(description="The number of messages marked as read (the docs show 1).", ge=0)]


class SmsCancelAllEnvelope(Envelope):
    data: SmsCancelAllResult


class SmsTemplateEnvelope(Envelope):
    data: SmsTemplate


class SmsTemplatePageEnvelope(Envelope):
    data: SmsTemplatePage


class SmsHistoryPageEnvelope(Envelope):
    data: SmsHistoryPage


class SmsExportEnvelope(Envelope):
    data: SmsExportFile


class SmsCampaignEnvelope(Envelope):
    data: SmsCampaign


class SmsCampaignPageEnvelope(Envelope):
    data: SmsCampaignPage


class SmsCampaignPriceEnvelope(Envelope):
    data: SmsCampaignPrice


class MmsSendRequest(BaseModel):
    """
    The MMS messages to send (or price), with the one media file they carry.
    """

    media_file: Annotated[
        StrictStr,
        Field(
            description="URL of the media file to send (up to 250 kB; an unsupported type gives INVALID_MEDIA_FILE)."
        ),
    ]
    messages: Annotated[list[MmsMessageInput], Field(description="Up to 1000 messages.", max_length=1000, min_length=1)]


class MmsSendResultEnvelope(Envelope):
    data: MmsSendResult


class MmsHistoryPageEnvelope(Envelope):
    data: MmsHistoryPage


class MmsHistoryExportEnvelope(Envelope):
    data: MmsHistoryExport


class MmsCampaignEnvelope(Envelope):
    data: MmsCampaign


class MmsCampaignPageEnvelope(Envelope):
    data: MmsCampaignPage


class MmsCampaignPriceEnvelope(Envelope):
    data: MmsCampaignPrice


class DedicatedNumberPageEnvelope(Envelope):
    data: DedicatedNumberPage


class DedicatedNumberPurchaseEnvelope(Envelope):
    data: DedicatedNumberPurchase


class DedicatedNumberAvailablePageEnvelope(Envelope):
    data: DedicatedNumberAvailablePage


class StatisticsVoiceEnvelope(Envelope):
    data: StatisticsVoice


class StatisticsSmsEnvelope(Envelope):
    data: StatisticsSms


class SubaccountEnvelope(Envelope):
    data: Subaccount


class SubaccountPageEnvelope(Envelope):
    data: SubaccountPage


class SubaccountDeletedEnvelope(Envelope):
    data: Annotated[StrictBool, Field(description="`true`: the subaccount was deleted.")]


class SubaccountApiKeyEnvelope(Envelope):
    data: SubaccountApiKey


class UploadEnvelope(Envelope):
    data: Upload


class VoiceSendRequest(BaseModel):
    """
    The voice messages to send (or price).
    """

    messages: Annotated[
        list[VoiceMessageInput], Field(description="Up to 1000 messages.", max_length=1000, min_length=1)
    ]


class VoiceSendResultEnvelope(Envelope):
    data: VoiceSendResult


class VoiceLanguageListEnvelope(Envelope):
    data: list[VoiceLanguage]


class VoiceReceiptPageEnvelope(Envelope):
    data: VoiceReceiptPage


class VoiceCancelAllEnvelope(Envelope):
    data: VoiceCancelAll


class VoiceHistoryPageEnvelope(Envelope):
    data: VoiceHistoryPage


class VoiceHistoryExportEnvelope(Envelope):
    data: VoiceHistoryExport


class DeliveryIssueEnvelope(Envelope):
    data: DeliveryIssue


class DeliveryIssuePageEnvelope(Envelope):
    data: DeliveryIssuePage


class TimezoneListEnvelope(Envelope):
    data: Annotated[list[StrictStr], Field(description="Timezone names (IANA), e.g. `Africa/Abidjan`.")]


class SmsInboundRuleEnvelope(Envelope):
    data: SmsInboundRule


class SmsInboundRulePageEnvelope(Envelope):
    data: SmsInboundRulePage


class SmsReceiptRuleEnvelope(Envelope):
    data: SmsReceiptRule


class SmsReceiptRulePageEnvelope(Envelope):
    data: SmsReceiptRulePage


class EmailReceiptRuleEnvelope(Envelope):
    data: EmailReceiptRule


class EmailReceiptRulePageEnvelope(Envelope):
    data: EmailReceiptRulePage


class EmailReceiptRuleDeletedEnvelope(Envelope):
    data: Annotated[StrictBool, Field(description="`true`: the rule was deleted.")]


class FaxReceiptRuleEnvelope(Envelope):
    data: FaxReceiptRule


class FaxReceiptRulePageEnvelope(Envelope):
    data: FaxReceiptRulePage


class FaxReceiptRuleDeletedEnvelope(Envelope):
    data: Annotated[None, Field(description="Always null.")]


class VoiceReceiptRuleEnvelope(Envelope):
    data: VoiceReceiptRule


class VoiceReceiptRulePageEnvelope(Envelope):
    data: VoiceReceiptRulePage


class FaxInboundRuleEnvelope(Envelope):
    data: FaxInboundRule


class FaxInboundRulePageEnvelope(Envelope):
    data: FaxInboundRulePage


class EmailSmsAllowedAddressEnvelope(Envelope):
    data: EmailSmsAllowedAddress


class EmailSmsAllowedAddressPageEnvelope(Envelope):
    data: EmailSmsAllowedAddressPage


class EmailSmsStrippedStringEnvelope(Envelope):
    data: EmailSmsStrippedString


class EmailSmsStrippedStringPageEnvelope(Envelope):
    data: EmailSmsStrippedStringPage


class EmailSmsStrippedStringDeletedEnvelope(Envelope):
    data: Annotated[StrictBool, Field(description="`true`: the rule was deleted.")]


class PostReturnAddressEnvelope(Envelope):
    data: PostReturnAddress


class PostReturnAddressPageEnvelope(Envelope):
    data: PostReturnAddressPage


class AccountUsage(BaseModel):
    """
    One month's usage per channel, grouped by subaccount, and each channel's totals.
    """

    sms: list[AccountUsageSubaccount]
    voice: list[AccountUsageSubaccount]
    fax: list[AccountUsageSubaccount]
    post: list[AccountUsageSubaccount]
    email: list[AccountUsageSubaccount]
    sms_total: AccountUsageTotal
    voice_total: AccountUsageTotal
    fax_total: AccountUsageTotal
    post_total: AccountUsageTotal
    email_total: AccountUsageTotal


class AccountUsageEnvelope(Envelope):
    data: AccountUsage
