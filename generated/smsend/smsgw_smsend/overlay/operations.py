"""Every smSend operation, typed: `call(operations.send_sms, client=..., body=...)` returns the operation's result.

The generated JSON model, or for bare-value answers what converters.py makes of them. One line per operation
(a test checks none is missing).
"""

from __future__ import annotations

import logging

from ..api import (
    authentication,
    contacts,
    contacts_groups,
    email_campaign,
    landing_pages,
    received_sms,
    sms_blacklist,
    sms_history,
    sms_send,
    subaccounting,
    tpoa,
    two_factor_auth,
    user,
)
from ..operation_info import OPERATIONS
from ._shared.operation import Api
from .converters import as_bool, as_int, as_keys, as_url, location_id, location_number

API = Api(OPERATIONS, logging.getLogger("smsgw_smsend"))

# authentication
login = API.operation(authentication.login, as_keys)
login_with_token = API.operation(authentication.login_with_token, as_keys)

# contacts
add_contact_to_blacklist = API.operation(contacts.add_contact_to_blacklist, as_bool)
add_contacts_to_blacklist = API.operation(contacts.add_contacts_to_blacklist, as_int)
add_phone_number_to_contacts_blacklist = API.operation(contacts.add_phone_number_to_contacts_blacklist, as_bool)
create_contact = API.operation(contacts.create_contact, location_id)
create_contacts = API.operation(contacts.create_contacts, as_int)
get_contact = API.operation(contacts.get_contact)
list_contact_fields = API.operation(contacts.list_contact_fields)
register_contact_to_list = API.operation(contacts.register_contact_to_list, location_id)

# contacts_groups
add_contact_to_group = API.operation(contacts_groups.add_contact_to_group, location_id)
create_group = API.operation(contacts_groups.create_group, location_number)
delete_group = API.operation(contacts_groups.delete_group)
list_groups = API.operation(contacts_groups.list_groups)
modify_group = API.operation(contacts_groups.modify_group, location_number)
remove_contact_from_group = API.operation(contacts_groups.remove_contact_from_group, location_id)

# email_campaign
add_group_to_list = API.operation(email_campaign.add_group_to_list)
create_email_draft = API.operation(email_campaign.create_email_draft, location_number)
create_issue_from_template = API.operation(email_campaign.create_issue_from_template)
create_list = API.operation(email_campaign.create_list, location_number)
list_campaigns_by_status = API.operation(email_campaign.list_campaigns_by_status)
modify_list = API.operation(email_campaign.modify_list, location_number)
send_issue = API.operation(email_campaign.send_issue)

# landing_pages
list_landing_pages = API.operation(landing_pages.list_landing_pages)

# received_sms
get_new_received_sms = API.operation(received_sms.get_new_received_sms)
get_new_received_sms_for_sims = API.operation(received_sms.get_new_received_sms_for_sims)
list_mo_received_sms = API.operation(received_sms.list_mo_received_sms)
list_received_sms = API.operation(received_sms.list_received_sms)
list_received_sms_after_message = API.operation(received_sms.list_received_sms_after_message)
list_received_sms_for_sims = API.operation(received_sms.list_received_sms_for_sims)

# sms_blacklist
add_number_to_sms_blacklist = API.operation(sms_blacklist.add_number_to_sms_blacklist, as_bool)
add_numbers_to_sms_blacklist = API.operation(sms_blacklist.add_numbers_to_sms_blacklist, as_int)
list_sms_blacklist = API.operation(sms_blacklist.list_sms_blacklist)

# sms_history
get_sms_history = API.operation(sms_history.get_sms_history)

# sms_send
delete_scheduled_sms = API.operation(sms_send.delete_scheduled_sms)
get_sms_state = API.operation(sms_send.get_sms_state)
send_parametric_sms = API.operation(sms_send.send_parametric_sms)
send_sms = API.operation(sms_send.send_sms)
send_sms_to_groups = API.operation(sms_send.send_sms_to_groups)

# subaccounting
change_subaccount_password = API.operation(subaccounting.change_subaccount_password)
create_subaccount = API.operation(subaccounting.create_subaccount, location_number)
create_subaccount_purchase = API.operation(subaccounting.create_subaccount_purchase, location_number)
delete_subaccount_purchase = API.operation(subaccounting.delete_subaccount_purchase)
edit_subaccount = API.operation(subaccounting.edit_subaccount)
get_subaccount = API.operation(subaccounting.get_subaccount)
get_subaccount_credits = API.operation(subaccounting.get_subaccount_credits)
list_subaccount_purchases = API.operation(subaccounting.list_subaccount_purchases)
list_subaccounts = API.operation(subaccounting.list_subaccounts)
move_subaccount_credits = API.operation(subaccounting.move_subaccount_credits)

# tpoa
create_alias = API.operation(tpoa.create_alias)
delete_alias = API.operation(tpoa.delete_alias)
get_alias = API.operation(tpoa.get_alias)
list_aliases = API.operation(tpoa.list_aliases)

# two_factor_auth
request_2fa_pin = API.operation(two_factor_auth.request_2fa_pin)
verify_2fa_pin = API.operation(two_factor_auth.verify_2fa_pin)

# user
check_session = API.operation(user.check_session, as_bool)
get_dashboard = API.operation(user.get_dashboard, as_url)
get_user_status = API.operation(user.get_user_status)
reset_password = API.operation(user.reset_password, as_bool)
