"""ClickSend's paged lists, for `items(paged.list_contacts, client=..., list_id=...)` and `pages(...)`.

Every one answers a page inside the envelope's `data` (`current_page`, `last_page`, `data: [...]`) and takes
`page` and `limit` (15 to 100): the walk ends at the last page. Filters you pass (`q`, `order_by`, ...) are kept
on every page.
"""

from __future__ import annotations

from . import operations
from ._shared.paging import Paged, PageEnvelope

BY_PAGE = PageEnvelope()

list_contacts = Paged(operations.list_contacts, BY_PAGE, lambda page: page.data)
list_contact_lists = Paged(operations.list_contact_lists, BY_PAGE, lambda page: page.data)
search_contact_lists = Paged(operations.search_contact_lists, BY_PAGE, lambda page: page.data)
list_sms_receipts = Paged(operations.list_sms_receipts, BY_PAGE, lambda page: page.data)
list_inbound_sms = Paged(operations.list_inbound_sms, BY_PAGE, lambda page: page.data)
list_sms_templates = Paged(operations.list_sms_templates, BY_PAGE, lambda page: page.data)
list_sms_history = Paged(operations.list_sms_history, BY_PAGE, lambda page: page.data)
list_sms_campaigns = Paged(operations.list_sms_campaigns, BY_PAGE, lambda page: page.data)
list_mms_history = Paged(operations.list_mms_history, BY_PAGE, lambda page: page.data)
list_mms_campaigns = Paged(operations.list_mms_campaigns, BY_PAGE, lambda page: page.data)
list_dedicated_numbers = Paged(operations.list_dedicated_numbers, BY_PAGE, lambda page: page.data)
list_available_dedicated_numbers = Paged(operations.list_available_dedicated_numbers, BY_PAGE, lambda page: page.data)
list_subaccounts = Paged(operations.list_subaccounts, BY_PAGE, lambda page: page.data)
list_voice_receipts = Paged(operations.list_voice_receipts, BY_PAGE, lambda page: page.data)
list_voice_history = Paged(operations.list_voice_history, BY_PAGE, lambda page: page.data)
list_delivery_issues = Paged(operations.list_delivery_issues, BY_PAGE, lambda page: page.data)
list_sms_inbound_rules = Paged(operations.list_sms_inbound_rules, BY_PAGE, lambda page: page.data)
list_sms_receipt_rules = Paged(operations.list_sms_receipt_rules, BY_PAGE, lambda page: page.data)
list_email_receipt_rules = Paged(operations.list_email_receipt_rules, BY_PAGE, lambda page: page.data)
list_fax_inbound_rules = Paged(operations.list_fax_inbound_rules, BY_PAGE, lambda page: page.data)
list_fax_receipt_rules = Paged(operations.list_fax_receipt_rules, BY_PAGE, lambda page: page.data)
list_voice_receipt_rules = Paged(operations.list_voice_receipt_rules, BY_PAGE, lambda page: page.data)
list_email_sms_allowed_addresses = Paged(operations.list_email_sms_allowed_addresses, BY_PAGE, lambda page: page.data)
list_email_sms_stripped_strings = Paged(operations.list_email_sms_stripped_strings, BY_PAGE, lambda page: page.data)
list_post_return_addresses = Paged(operations.list_post_return_addresses, BY_PAGE, lambda page: page.data)
