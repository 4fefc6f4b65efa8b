from typing import Literal

SendCostFormCall = Literal[0, 1]

SEND_COST_FORM_CALL_VALUES: set[SendCostFormCall] = {
    0,
    1,
}


def check_send_cost_form_call(value: int) -> SendCostFormCall:
    if value in SEND_COST_FORM_CALL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEND_COST_FORM_CALL_VALUES!r}")
