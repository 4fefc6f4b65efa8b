from typing import Literal

SendCostFormCost = Literal[1]

SEND_COST_FORM_COST_VALUES: set[SendCostFormCost] = {
    1,
}


def check_send_cost_form_cost(value: int) -> SendCostFormCost:
    if value in SEND_COST_FORM_COST_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEND_COST_FORM_COST_VALUES!r}")
