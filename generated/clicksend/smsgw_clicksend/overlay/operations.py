"""Every ClickSend v3 operation, typed: `call(operations.get_account, client=...)` -> Account."""

from __future__ import annotations

import logging

from ..api import account
from ..operation_info import OPERATIONS
from . import errors
from ._shared.operation import Api

API = Api(OPERATIONS, logging.getLogger("smsgw_clicksend"), errors.error_details)
get_account = API.operation(account.get_account)
