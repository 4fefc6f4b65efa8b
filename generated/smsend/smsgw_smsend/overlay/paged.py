"""smSend's paged list operations, for `items(paged.list_groups, client=...)` and `pages(...)`.

All of them number pages from 1 (`pageNumber`, `pageSize`) and count every item in `total`. The MO list's items
have no documented shape (they stay in each page's additional properties), so it is paged by `pages` only.
"""

from __future__ import annotations

from collections.abc import Sequence

from . import operations
from ._shared.paging import Paged, PageNumbers

BY_NUMBER = PageNumbers()


def _undocumented(page: object) -> Sequence[object]:
    return ()


list_groups = Paged(operations.list_groups, BY_NUMBER, lambda page: page.groups)
list_aliases = Paged(operations.list_aliases, BY_NUMBER, lambda page: page.alias)
list_subaccounts = Paged(operations.list_subaccounts, BY_NUMBER, lambda page: page.subaccount)
list_subaccount_purchases = Paged(operations.list_subaccount_purchases, BY_NUMBER, lambda page: page.purchase)
get_sms_history = Paged(operations.get_sms_history, BY_NUMBER, lambda page: page.smshistory)
list_received_sms = Paged(operations.list_received_sms, BY_NUMBER, lambda page: page.srsmshistory)
list_received_sms_for_sims = Paged(operations.list_received_sms_for_sims, BY_NUMBER, lambda page: page.srsmshistory)
list_mo_received_sms = Paged(operations.list_mo_received_sms, BY_NUMBER, _undocumented)
# The blacklist answers a Spring-style page, which counts every item in `totalElements`.
list_sms_blacklist = Paged(
    operations.list_sms_blacklist, PageNumbers(total="total_elements"), lambda page: page.content
)
