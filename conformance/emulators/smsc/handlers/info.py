"""info.php: the operator of a phone number, from the emulator's small table of number ranges (numbers.py)."""

from __future__ import annotations

from ..numbers import operator_of, valid
from ..protocol import Reply, SmscError
from ..state import Store
from . import SmscCall, operation
from .common import throttle

# info.php documents no limit; error 9 after ten identical requests a minute is our reading (balance.php's
# limit of ten requests a minute, applied to identical ones).
IDENTICAL_PER_MINUTE = 10


@operation("get_operator")
def get_operator(store: Store, call: SmscCall) -> Reply:
    throttle(store, call, "info", IDENTICAL_PER_MINUTE)
    phone = call.values["phone"]
    if not valid(phone):
        raise SmscError(7, "invalid number")
    op = operator_of(phone)  # a number outside the table is an "Unknown" operator, not an error
    data = {
        "country": op.country,
        "operator": op.operator,
        "region": op.region,
        "mcc": op.mcc,
        "mnc": op.mnc,
        "tz": op.tz,
    }
    return Reply(data)
