from typing import Literal

SendOptionsErr = Literal[0, 1]

SEND_OPTIONS_ERR_VALUES: set[SendOptionsErr] = {
    0,
    1,
}


def check_send_options_err(value: int) -> SendOptionsErr:
    if value in SEND_OPTIONS_ERR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEND_OPTIONS_ERR_VALUES!r}")
