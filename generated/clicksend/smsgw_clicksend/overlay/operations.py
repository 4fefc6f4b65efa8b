"""Every ClickSend operation, typed: `call(operations.send_sms, client=client, body=SmsMessageCollection(...))`
returns the answer's `data` as its typed result (`results.SmsSendResult`): times as aware UTC datetimes, money
as Decimal, counts as int and 0/1 flags as bool, whichever form the wire used.

The answer must be the documented envelope `{http_code, response_code, response_msg, data}`; anything else
raises ResponseFormatError. An envelope whose `response_code` is not SUCCESS raises the typed error of that code
(errors.py), whatever the HTTP status.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from typing import Any, ParamSpec, TypeVar

from .. import results
from ..api import (
    account,
    contact,
    contact_list,
    countries,
    delivery_issues,
    email_delivery_receipt_rules,
    email_to_sms,
    fax_delivery_receipt_rules,
    global_sending,
    inbound_fax_rules,
    inbound_sms_rules,
    mms,
    mms_campaign,
    number,
    post_return_address,
    search,
    sms,
    sms_campaign,
    sms_delivery_receipt_rules,
    statistics,
    subaccount,
    timezones,
    upload,
    voice,
    voice_delivery_receipt_rules,
)
from ..operation_info import OPERATIONS, SECRET_FIELDS
from ..types import Response
from . import errors
from ._shared.errors import GatewayError, Malformed
from ._shared.operation import Api, GeneratedOperation, Operation, error_from_body

P = ParamSpec("P")
R = TypeVar("R")

SUCCESS = "SUCCESS"


class ClickSendOperation(Operation[P, R]):
    """An operation whose error answers become the class of their application code."""

    def refine(self, error: GatewayError, arguments: Mapping[str, Any]) -> GatewayError:
        return errors.for_code(error) if isinstance(error, errors.ApiError) else error


API = Api(
    OPERATIONS,
    logging.getLogger("smsgw_clicksend"),
    errors.error_details,
    kind=ClickSendOperation,
    secret_fields=SECRET_FIELDS,
    converters_read_body=True,
)


class Enveloped:
    """Reads a success answer: the envelope checked, then its `data` by the operation's typed reader."""

    def __init__(self, operation: str, read: Callable[[object, str], Any]) -> None:
        self.operation = operation
        self.read = read

    def __call__(self, response: Response[Any]) -> Any:
        try:
            body = json.loads(response.content)
        except ValueError:
            raise Malformed("the answer is not JSON") from None
        if not isinstance(body, dict) or not all(key in body for key in ("http_code", "response_code", "data")):
            raise Malformed("the answer is not the {http_code, response_code, response_msg, data} envelope")
        code, message = body["response_code"], body.get("response_msg")
        if not isinstance(code, str):
            raise Malformed("data: the envelope's response_code is not a string")
        if code != SUCCESS:  # a failure reported in a success status, whatever its `data`
            said = message if isinstance(message, str) else None
            raise errors.for_code(
                error_from_body(
                    self.operation, response.status_code, response.content, code, said, response.headers, API
                )
            )
        return self.read(body["data"], "data")


def _op(module: GeneratedOperation[P, Any], read: Callable[[object, str], R]) -> Operation[P, R]:
    name = str(getattr(module, "__name__", "")).rsplit(".", 1)[-1]
    operation: Operation[P, R] = API.operation(module, Enveloped(name, read))
    return operation


# ---- account
get_account = _op(account.get_account, results.get_account_result)
create_account = _op(account.create_account, results.create_account_result)
get_account_usage = _op(account.get_account_usage, results.get_account_usage_result)
send_account_verification = _op(account.send_account_verification, results.send_account_verification_result)
verify_account = _op(account.verify_account, results.verify_account_result)
forgot_username = _op(account.forgot_username, results.forgot_username_result)
forgot_password = _op(account.forgot_password, results.forgot_password_result)
verify_forgot_password = _op(account.verify_forgot_password, results.verify_forgot_password_result)

# ---- contact
list_contacts = _op(contact.list_contacts, results.list_contacts_result)
create_contact = _op(contact.create_contact, results.create_contact_result)
get_contact = _op(contact.get_contact, results.get_contact_result)
update_contact = _op(contact.update_contact, results.update_contact_result)
delete_contact = _op(contact.delete_contact, results.delete_contact_result)
copy_contact_to_list = _op(contact.copy_contact_to_list, results.copy_contact_to_list_result)
transfer_contact_to_list = _op(contact.transfer_contact_to_list, results.transfer_contact_to_list_result)
remove_opted_out_contacts = _op(contact.remove_opted_out_contacts, results.remove_opted_out_contacts_result)

# ---- contact-list
list_contact_lists = _op(contact_list.list_contact_lists, results.list_contact_lists_result)
create_contact_list = _op(contact_list.create_contact_list, results.create_contact_list_result)
get_contact_list = _op(contact_list.get_contact_list, results.get_contact_list_result)
update_contact_list = _op(contact_list.update_contact_list, results.update_contact_list_result)
delete_contact_list = _op(contact_list.delete_contact_list, results.delete_contact_list_result)
remove_duplicate_contacts = _op(contact_list.remove_duplicate_contacts, results.remove_duplicate_contacts_result)
import_contacts = _op(contact_list.import_contacts, results.import_contacts_result)

# ---- countries
get_countries = _op(countries.get_countries, results.get_countries_result)

# ---- global-sending
get_global_sending_countries = _op(
    global_sending.get_global_sending_countries, results.get_global_sending_countries_result
)
select_global_sending_countries = _op(
    global_sending.select_global_sending_countries, results.select_global_sending_countries_result
)
agree_global_sending_rules = _op(global_sending.agree_global_sending_rules, results.agree_global_sending_rules_result)
get_global_sending_country_list = _op(
    global_sending.get_global_sending_country_list, results.get_global_sending_country_list_result
)

# ---- search
search_contact_lists = _op(search.search_contact_lists, results.search_contact_lists_result)

# ---- sms
send_sms = _op(sms.send_sms, results.send_sms_result)
calculate_sms_price = _op(sms.calculate_sms_price, results.calculate_sms_price_result)
list_sms_receipts = _op(sms.list_sms_receipts, results.list_sms_receipts_result)
create_test_sms_receipt = _op(sms.create_test_sms_receipt, results.create_test_sms_receipt_result)
get_sms_receipt = _op(sms.get_sms_receipt, results.get_sms_receipt_result)
mark_sms_receipts_as_read = _op(sms.mark_sms_receipts_as_read, results.mark_sms_receipts_as_read_result)
list_inbound_sms = _op(sms.list_inbound_sms, results.list_inbound_sms_result)
create_test_inbound_sms = _op(sms.create_test_inbound_sms, results.create_test_inbound_sms_result)
mark_inbound_sms_as_read = _op(sms.mark_inbound_sms_as_read, results.mark_inbound_sms_as_read_result)
mark_inbound_sms_message_as_read = _op(
    sms.mark_inbound_sms_message_as_read, results.mark_inbound_sms_message_as_read_result
)
cancel_sms = _op(sms.cancel_sms, results.cancel_sms_result)
cancel_all_sms = _op(sms.cancel_all_sms, results.cancel_all_sms_result)
list_sms_templates = _op(sms.list_sms_templates, results.list_sms_templates_result)
create_sms_template = _op(sms.create_sms_template, results.create_sms_template_result)
update_sms_template = _op(sms.update_sms_template, results.update_sms_template_result)
delete_sms_template = _op(sms.delete_sms_template, results.delete_sms_template_result)
list_sms_history = _op(sms.list_sms_history, results.list_sms_history_result)
export_sms_history = _op(sms.export_sms_history, results.export_sms_history_result)

# ---- sms-campaign
send_sms_campaign = _op(sms_campaign.send_sms_campaign, results.send_sms_campaign_result)
calculate_sms_campaign_price = _op(
    sms_campaign.calculate_sms_campaign_price, results.calculate_sms_campaign_price_result
)
get_sms_campaign = _op(sms_campaign.get_sms_campaign, results.get_sms_campaign_result)
update_sms_campaign = _op(sms_campaign.update_sms_campaign, results.update_sms_campaign_result)
cancel_sms_campaign = _op(sms_campaign.cancel_sms_campaign, results.cancel_sms_campaign_result)
list_sms_campaigns = _op(sms_campaign.list_sms_campaigns, results.list_sms_campaigns_result)

# ---- mms
send_mms = _op(mms.send_mms, results.send_mms_result)
calculate_mms_price = _op(mms.calculate_mms_price, results.calculate_mms_price_result)
list_mms_history = _op(mms.list_mms_history, results.list_mms_history_result)
export_mms_history = _op(mms.export_mms_history, results.export_mms_history_result)

# ---- mms-campaign
send_mms_campaign = _op(mms_campaign.send_mms_campaign, results.send_mms_campaign_result)
calculate_mms_campaign_price = _op(
    mms_campaign.calculate_mms_campaign_price, results.calculate_mms_campaign_price_result
)
get_mms_campaign = _op(mms_campaign.get_mms_campaign, results.get_mms_campaign_result)
update_mms_campaign = _op(mms_campaign.update_mms_campaign, results.update_mms_campaign_result)
cancel_mms_campaign = _op(mms_campaign.cancel_mms_campaign, results.cancel_mms_campaign_result)
list_mms_campaigns = _op(mms_campaign.list_mms_campaigns, results.list_mms_campaigns_result)

# ---- number
list_dedicated_numbers = _op(number.list_dedicated_numbers, results.list_dedicated_numbers_result)
purchase_dedicated_number = _op(number.purchase_dedicated_number, results.purchase_dedicated_number_result)
list_available_dedicated_numbers = _op(
    number.list_available_dedicated_numbers, results.list_available_dedicated_numbers_result
)

# ---- statistics
get_voice_statistics = _op(statistics.get_voice_statistics, results.get_voice_statistics_result)
get_sms_statistics = _op(statistics.get_sms_statistics, results.get_sms_statistics_result)

# ---- subaccount
list_subaccounts = _op(subaccount.list_subaccounts, results.list_subaccounts_result)
create_subaccount = _op(subaccount.create_subaccount, results.create_subaccount_result)
get_subaccount = _op(subaccount.get_subaccount, results.get_subaccount_result)
update_subaccount = _op(subaccount.update_subaccount, results.update_subaccount_result)
delete_subaccount = _op(subaccount.delete_subaccount, results.delete_subaccount_result)
regenerate_subaccount_api_key = _op(
    subaccount.regenerate_subaccount_api_key, results.regenerate_subaccount_api_key_result
)

# ---- upload
upload_media_file = _op(upload.upload_media_file, results.upload_media_file_result)

# ---- voice
send_voice = _op(voice.send_voice, results.send_voice_result)
calculate_voice_price = _op(voice.calculate_voice_price, results.calculate_voice_price_result)
list_voice_languages = _op(voice.list_voice_languages, results.list_voice_languages_result)
list_voice_receipts = _op(voice.list_voice_receipts, results.list_voice_receipts_result)
cancel_voice_message = _op(voice.cancel_voice_message, results.cancel_voice_message_result)
cancel_all_voice_messages = _op(voice.cancel_all_voice_messages, results.cancel_all_voice_messages_result)
list_voice_history = _op(voice.list_voice_history, results.list_voice_history_result)
export_voice_history = _op(voice.export_voice_history, results.export_voice_history_result)

# ---- delivery-issues
list_delivery_issues = _op(delivery_issues.list_delivery_issues, results.list_delivery_issues_result)
create_delivery_issue = _op(delivery_issues.create_delivery_issue, results.create_delivery_issue_result)

# ---- timezones
list_timezones = _op(timezones.list_timezones, results.list_timezones_result)

# ---- inbound-sms-rules
list_sms_inbound_rules = _op(inbound_sms_rules.list_sms_inbound_rules, results.list_sms_inbound_rules_result)
create_sms_inbound_rule = _op(inbound_sms_rules.create_sms_inbound_rule, results.create_sms_inbound_rule_result)
get_sms_inbound_rule = _op(inbound_sms_rules.get_sms_inbound_rule, results.get_sms_inbound_rule_result)
update_sms_inbound_rule = _op(inbound_sms_rules.update_sms_inbound_rule, results.update_sms_inbound_rule_result)
delete_sms_inbound_rule = _op(inbound_sms_rules.delete_sms_inbound_rule, results.delete_sms_inbound_rule_result)

# ---- sms-delivery-receipt-rules
list_sms_receipt_rules = _op(sms_delivery_receipt_rules.list_sms_receipt_rules, results.list_sms_receipt_rules_result)
create_sms_receipt_rule = _op(
    sms_delivery_receipt_rules.create_sms_receipt_rule, results.create_sms_receipt_rule_result
)
get_sms_receipt_rule = _op(sms_delivery_receipt_rules.get_sms_receipt_rule, results.get_sms_receipt_rule_result)
update_sms_receipt_rule = _op(
    sms_delivery_receipt_rules.update_sms_receipt_rule, results.update_sms_receipt_rule_result
)
delete_sms_receipt_rule = _op(
    sms_delivery_receipt_rules.delete_sms_receipt_rule, results.delete_sms_receipt_rule_result
)

# ---- email-delivery-receipt-rules
list_email_receipt_rules = _op(
    email_delivery_receipt_rules.list_email_receipt_rules, results.list_email_receipt_rules_result
)
create_email_receipt_rule = _op(
    email_delivery_receipt_rules.create_email_receipt_rule, results.create_email_receipt_rule_result
)
get_email_receipt_rule = _op(email_delivery_receipt_rules.get_email_receipt_rule, results.get_email_receipt_rule_result)
update_email_receipt_rule = _op(
    email_delivery_receipt_rules.update_email_receipt_rule, results.update_email_receipt_rule_result
)
delete_email_receipt_rule = _op(
    email_delivery_receipt_rules.delete_email_receipt_rule, results.delete_email_receipt_rule_result
)

# ---- inbound-fax-rules
list_fax_inbound_rules = _op(inbound_fax_rules.list_fax_inbound_rules, results.list_fax_inbound_rules_result)
create_fax_inbound_rule = _op(inbound_fax_rules.create_fax_inbound_rule, results.create_fax_inbound_rule_result)
get_fax_inbound_rule = _op(inbound_fax_rules.get_fax_inbound_rule, results.get_fax_inbound_rule_result)
update_fax_inbound_rule = _op(inbound_fax_rules.update_fax_inbound_rule, results.update_fax_inbound_rule_result)
delete_fax_inbound_rule = _op(inbound_fax_rules.delete_fax_inbound_rule, results.delete_fax_inbound_rule_result)

# ---- fax-delivery-receipt-rules
list_fax_receipt_rules = _op(fax_delivery_receipt_rules.list_fax_receipt_rules, results.list_fax_receipt_rules_result)
create_fax_receipt_rule = _op(
    fax_delivery_receipt_rules.create_fax_receipt_rule, results.create_fax_receipt_rule_result
)
get_fax_receipt_rule = _op(fax_delivery_receipt_rules.get_fax_receipt_rule, results.get_fax_receipt_rule_result)
update_fax_receipt_rule = _op(
    fax_delivery_receipt_rules.update_fax_receipt_rule, results.update_fax_receipt_rule_result
)
delete_fax_receipt_rule = _op(
    fax_delivery_receipt_rules.delete_fax_receipt_rule, results.delete_fax_receipt_rule_result
)

# ---- voice-delivery-receipt-rules
list_voice_receipt_rules = _op(
    voice_delivery_receipt_rules.list_voice_receipt_rules, results.list_voice_receipt_rules_result
)
create_voice_receipt_rule = _op(
    voice_delivery_receipt_rules.create_voice_receipt_rule, results.create_voice_receipt_rule_result
)
get_voice_receipt_rule = _op(voice_delivery_receipt_rules.get_voice_receipt_rule, results.get_voice_receipt_rule_result)
update_voice_receipt_rule = _op(
    voice_delivery_receipt_rules.update_voice_receipt_rule, results.update_voice_receipt_rule_result
)
delete_voice_receipt_rule = _op(
    voice_delivery_receipt_rules.delete_voice_receipt_rule, results.delete_voice_receipt_rule_result
)

# ---- email-to-sms
list_email_sms_allowed_addresses = _op(
    email_to_sms.list_email_sms_allowed_addresses, results.list_email_sms_allowed_addresses_result
)
create_email_sms_allowed_address = _op(
    email_to_sms.create_email_sms_allowed_address, results.create_email_sms_allowed_address_result
)
list_email_sms_stripped_strings = _op(
    email_to_sms.list_email_sms_stripped_strings, results.list_email_sms_stripped_strings_result
)
create_email_sms_stripped_string = _op(
    email_to_sms.create_email_sms_stripped_string, results.create_email_sms_stripped_string_result
)
get_email_sms_stripped_string = _op(
    email_to_sms.get_email_sms_stripped_string, results.get_email_sms_stripped_string_result
)
update_email_sms_stripped_string = _op(
    email_to_sms.update_email_sms_stripped_string, results.update_email_sms_stripped_string_result
)
delete_email_sms_stripped_string = _op(
    email_to_sms.delete_email_sms_stripped_string, results.delete_email_sms_stripped_string_result
)

# ---- post-return-address
list_post_return_addresses = _op(
    post_return_address.list_post_return_addresses, results.list_post_return_addresses_result
)
create_post_return_address = _op(
    post_return_address.create_post_return_address, results.create_post_return_address_result
)
get_post_return_address = _op(post_return_address.get_post_return_address, results.get_post_return_address_result)
update_post_return_address = _op(
    post_return_address.update_post_return_address, results.update_post_return_address_result
)
delete_post_return_address = _op(
    post_return_address.delete_post_return_address, results.delete_post_return_address_result
)
