from typing import Literal

SendCostFormViber = Literal[0, 1]

SEND_COST_FORM_VIBER_VALUES: set[SendCostFormViber] = {
    0,
    1,
}


def check_send_cost_form_viber(value: int) -> SendCostFormViber:
    if value in SEND_COST_FORM_VIBER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEND_COST_FORM_VIBER_VALUES!r}")
