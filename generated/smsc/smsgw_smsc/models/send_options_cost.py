from typing import Literal

SendOptionsCost = Literal[0, 2, 3]

SEND_OPTIONS_COST_VALUES: set[SendOptionsCost] = {
    0,
    2,
    3,
}


def check_send_options_cost(value: int) -> SendOptionsCost:
    if value in SEND_OPTIONS_COST_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEND_OPTIONS_COST_VALUES!r}")
