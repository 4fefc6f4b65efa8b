"""The demo dataset of the demo account: what the spec's examples name, under the ids they give, so that each
operation's example request succeeds against a fresh emulator (Schemathesis' examples phase, anyone trying the
examples by hand) — and enough besides to try everything: lists with contacts, templates, messages in the SMS,
MMS and voice histories (delivered ones with unread receipts, and scheduled ones to cancel), inbound messages,
campaigns, subaccounts, a dedicated number and delivery issues.

Everything is put straight into the account's state with the handlers' own constructors, with fixed ids (the
core Collections issue later ids above them). Times: what is delivered is dated in 2015-2016 as in the docs'
examples; what is scheduled is a month after the load, so it stays cancellable while a test runs.
conformance/tests/clicksend/test_dataset.py holds the two against each other.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from ...spec_index import spec_index
from .handlers import campaigns
from .handlers.automations import KINDS
from .handlers.contact import put_contact
from .handlers.contact_list import put_list
from .handlers.email_to_sms import STRIPPED_STRINGS
from .handlers.post_return_address import RETURN_ADDRESSES
from .handlers.records import put_example
from .handlers.sms import put_template
from .sending import Batch, Draft, Recipient, record
from .state import (
    AccountState,
    Campaign,
    Channel,
    DedicatedNumber,
    DeliveryIssue,
    InboundSms,
    Message,
    Store,
    Subaccount,
    new_api_key,
)

MONTH = 30 * 86_400

LIST = 428  # every example naming a list (list_contacts, create_contact, campaigns, ...)
OTHER_LIST = 429  # copy_contact_to_list, transfer_contact_to_list: the target
OPT_OUT_LIST = 430  # remove_opted_out_contacts: holds a number of LIST
CONTACT = 552802  # get_contact, update_contact, delete_contact, copy/transfer
TEMPLATE = 25  # update_sms_template, delete_sms_template
RECEIPT_MESSAGE = "88AB118E-EB1B-478C-98CE-6C73ABA23F67"  # get_sms_receipt
SCHEDULED_SMS = "307EF035-B7CE-4321-93CD-075359787293"  # cancel_sms
SCHEDULED_VOICE = "BF7AD270-0DE2-418B-B606-71D527D9C1AE"  # cancel_voice_message
INBOUND_MESSAGE = "C557B56E-83C0-4070-A74C-9BF05474B418"  # mark_inbound_sms_message_as_read
SMS_CAMPAIGN_TO_CANCEL = 1  # cancel_sms_campaign
SMS_CAMPAIGN = 7  # get_sms_campaign, update_sms_campaign
MMS_CAMPAIGN = 97  # get/update/cancel_mms_campaign
SUBACCOUNT = 59  # get/update/delete_subaccount, regenerate_subaccount_api_key
RESET_SUBACCOUNT = 54  # verify_forgot_password (with RESET_TOKEN); its api_username is forgot_password's
RESET_USERNAME = "0F6pKiiuca"
RESET_TOKEN = "9C648BAD-EB7F-4E7E-96BC-B433140C4F1F"
ACTIVATION_CODE = 123456  # verify_account
DEDICATED_NUMBER = "+19403944918"  # the demo account's own number (its default sender)
SELECTED_COUNTRIES = (1, 2)  # Australia and the United States: select's and agree's examples

CONTACTS: tuple[tuple[int, int, str, str, str, str | None, dict[str, str]], ...] = (
    # id, list, phone, first name, last name, email, more fields
    (552786, LIST, "+16783270696", "Ellen", "Diaz", None, {}),
    (552787, LIST, "+16783270697", "Ellen", "Diaz", None, {}),
    (CONTACT, LIST, "+16783270696", "Ellen", "Diaz", "ellen@diaz.com",
     {"custom_1": "Custom 1", "custom_2": "Custom 2", "custom_3": "Custom 3", "custom_4": "Custom 4",
      "fax_number": "+16783270696", "organization_name": "Awesome Organization", "address_line_1": "Block 2",
      "address_line_2": "Cool Bldg.", "address_city": "Nevada", "address_state": "Las Vegas",
      "address_postal_code": "36063", "address_country": "US"}),
    (552807, LIST, "+16783275492", "Gorne", "Smith", None, {}),
    (552810, OTHER_LIST, "+61477141888", "John", "Doe", "john@doe.com", {"organization_name": "Awesome Company"}),
    (552811, OPT_OUT_LIST, "+16783270697", "", "", None, {}),
)  # fmt: skip

TEMPLATES = (
    (1, "My Awesome Template", "This is a sample template."),
    (2, "My Awesome Template 2", "This is my second sample template."),
    (TEMPLATE, "Template 501916", "This is a sample content: H7YI68B3yk for this template."),
)

# Delivered SMS (id, sent at, to, body, receipt read): the history example's, the single receipt's (read) and the
# receipt list example's three (unread).
DELIVERED_SMS = (
    ("4E90F4C3-43A3-489D-9AB8-DA1F4332A0C3", 1436932432, "+16783270696",
     "Chocolate bar icing icing oat cake carrot cake jelly cotton 1iQByXxdLN.", True),
    (RECEIPT_MESSAGE, 1450854013, "+61411111111", "Hello from the demo account.", True),
    ("31BC271B-1E0C-45F6-9E7E-97186C46BB82", 1442381761, "+61411111111", "Receipt one.", False),
    ("23C8ADA3-FD8B-420B-801A-F829BB87AC6F", 1442381799, "+61422222222", "Receipt two.", False),
    ("3BD22FAD-A5D3-4D99-B4C0-16BF65BE052C", 1442381831, "+61433333333", "Receipt three.", False),
)  # fmt: skip

INBOUND = (
    (INBOUND_MESSAGE, 1436174407, "+61411111111", "Liquorice sweet roll fruitcake gummies.",
     "4E90F4C3-43A3-489D-9AB8-DA1F4332A0C3", "22PKU978RF"),
    ("7B1E5F8C-7A7E-4C55-9E0B-57A1C3D2E001", 1436174406, "+61422222222",
     "Lemon drops brownie pie chocolate bar pie sweet jelly-o chocolate.", "373F7121-8089-42FA-8F5C-8F8F7C18DFAA",
     "2ATQKLETYX"),
    ("7B1E5F8C-7A7E-4C55-9E0B-57A1C3D2E002", 1436174405, "+61433333333", "Jelly beans jelly cupcake bear claw gummies.",
     "A9F3863C-D88E-4A54-BEF1-BD73A6E42E2E", "0PZC0GJP0A"),
)  # fmt: skip

ISSUES = (
    (1, "B388828B-AD46-4366-8AD3-0305FF5E3FE5", "sms", 1481610495),
    (2, "90396A38-146B-46C4-A455-675F620C2E05", "sms", 1481610523),
    (3, "4ECFB6CB-0300-45EC-96E1-5AB189432AF5", "sms", 1481611389),
    (4, "test", "sms", 1481611467),
    (5, "test", "SMS", 1481614516),
)


def message(
    account: AccountState,
    main: Subaccount,
    channel: Channel,
    message_id: str,
    date: int,
    to: str,
    body: str,
    **more: object,
) -> Message:
    """A message put in the history as a send would have left it (test numbers are free)."""
    batch = Batch(account, date)
    batch.recent.clear()
    outcome = batch.check(Draft(channel, Recipient(to), body, lang="en-us", subject="Demo", media_url=MEDIA))
    outcome.message_id = message_id
    sent = record(account, main, outcome, date, None)
    for name, value in more.items():
        setattr(sent, name, value)
    return sent


MEDIA = "https://rest.clicksend.com/files/8EA5FA8C-3216-4A5D-86EA-6BE78050E439.jpg"


EXAMPLE_RECORD = AUTOMATION_RULE = 1  # the path examples of the plain record sections (handlers/records.py)


def create_example(noun: str) -> dict[str, object]:
    """The request example of `create_<noun>` in the spec."""
    spec = spec_index("clicksend")
    body = spec.operation(f"create_{noun}").raw["requestBody"]
    return dict(spec.resolve(body)["content"]["application/json"]["example"])


def load(store: Store, account: AccountState) -> None:
    now = store.now()
    main = store.main_subaccount(account.user_id)
    account.sms_parts_limit = 8
    account.activation_code = ACTIVATION_CODE
    account.selected_countries = dict.fromkeys(SELECTED_COUNTRIES)
    account.numbers[DEDICATED_NUMBER] = DedicatedNumber(DEDICATED_NUMBER, "US", Decimal("0.00"), Decimal("11.11"))

    put_list(account, LIST, "Gorne Customers", "GHPAJCCVGMTD9BLA")
    put_list(account, OTHER_LIST, "List6eaG4lGIc9", "IIEXAR7209UAZ7WW")
    put_list(account, OPT_OUT_LIST, "Opt-out list", "KB0LHD6WXFVHZWTR")
    for contact_id, list_id, phone, first, last, email, more in CONTACTS:
        fields = {"phone_number": phone, "first_name": first, "last_name": last, "email": email, **more}
        put_contact(account, contact_id, list_id, fields, 1436157486)
    for template_id, name, body in TEMPLATES:
        put_template(account, template_id, name, body)

    for message_id, date, to, body, read in DELIVERED_SMS:
        message(account, main, "sms", message_id, date, to, body, receipt_read=read, custom_string="this is a test")
    message(account, main, "sms", SCHEDULED_SMS, now, "+61411111111", "Scheduled demo message.", schedule=now + MONTH)
    message(account, main, "mms", "5C2A8E11-6E0B-4C43-9F0A-2B8D7E6A9F10", 1436932432, "+61411111111", "Demo MMS.")
    message(
        account,
        main,
        "voice",
        "D6456F8A-9DF9-46EC-8014-BFE87860F65C",
        1443501617,
        "+61411111111",
        "this is a test.",
        custom_string="mystring",
        sender=DEDICATED_NUMBER,
    )
    message(account, main, "voice", SCHEDULED_VOICE, now, "+61422222222", "Scheduled demo call.", schedule=now + MONTH)
    for message_id, at, sender, body, original_id, reference in INBOUND:
        account.inbound.append(InboundSms(message_id, at, sender, DEDICATED_NUMBER, body, body, original_id, reference))

    campaign_channel: Literal["sms", "mms"]
    for campaign_id, campaign_channel, body in (
        (SMS_CAMPAIGN_TO_CANCEL, "sms", "This is my awesome campaign. Reply STOP to opt out."),
        (SMS_CAMPAIGN, "sms", "This is my new campaign message. StopMsg.me/xxxxx"),
        (MMS_CAMPAIGN, "mms", "Hey (First Name), I want to ask if this is your lastname: (Last Name)?"),
    ):
        campaign = Campaign(
            channel=campaign_channel,
            campaign_id=campaign_id,
            subaccount_id=main.subaccount_id,
            name="My Campaign 1" if campaign_channel == "sms" else "My Campaign",
            list_id=LIST,
            list_name="Gorne Customers",
            sender=DEDICATED_NUMBER,
            body=body,
            schedule=now + MONTH,
            date_added=now,
            recipients=4,
            subject="New MMS campaign test",
            media_file=MEDIA,
            ip_address="192.168.10.1",
        )
        (account.sms_campaigns if campaign_channel == "sms" else account.mms_campaigns).put(campaign_id, campaign)
        campaigns.launch(account, main, campaign, now)

    for subaccount_id, username, email in (
        (SUBACCOUNT, "johndoe59", "testvrq@gmail.com"),
        (RESET_SUBACCOUNT, RESET_USERNAME, "reset@example.com"),
    ):
        store.subaccounts.put(
            subaccount_id,
            Subaccount(
                subaccount_id,
                account.user_id,
                username,
                new_api_key(),
                "pass",
                email,
                "+619417513278",
                "FirstnameeGPqV",
                "LastnamePvjJp",
            ),
        )
    store.subaccounts.get(RESET_SUBACCOUNT).reset_token = RESET_TOKEN

    # One record of each plain kind with a path example, as its create example makes it, under that example's id.
    for record_kind in (*KINDS, STRIPPED_STRINGS, RETURN_ADDRESSES):
        put_example(account, record_kind, EXAMPLE_RECORD, create_example(record_kind.noun))

    for issue_id, message_id, kind, date in ISSUES:
        account.issues.put(
            issue_id,
            DeliveryIssue(issue_id, account.user_id, message_id, kind, "this is a test.", None, "test@user.com", date),
        )
