"""Helpers several command handlers share."""

from __future__ import annotations

import re
from decimal import Decimal

from ..protocol import SmscError
from ..state import Store
from . import SmscCall

NO_RECORDS = "no records"


def amount(value: Decimal) -> str:
    """Money as the service writes it: a decimal string with two places."""
    return f"{value.quantize(Decimal('0.01'))}"


def throttle(store: Store, call: SmscCall, command: str, limit: int) -> None:
    """Error 9 when this account sent this very request (every value the same) more than `limit` times a minute."""
    store.limits.hit((command, call.account.account.login, tuple(sorted(call.values.items()))), limit)


def no_records() -> SmscError:
    """The error of a list action with nothing to list (the spec reads an empty list as error 3)."""
    return SmscError(3, NO_RECORDS)


def one_line(text: str) -> str:
    """Free text flattened to one line: the text layouts put one record per line and escape nothing."""
    return re.sub(r"[\r\n]+", " ", text)
