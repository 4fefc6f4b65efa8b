from typing import Literal

SendViberFormViber = Literal[1]

SEND_VIBER_FORM_VIBER_VALUES: set[SendViberFormViber] = {
    1,
}


def check_send_viber_form_viber(value: int) -> SendViberFormViber:
    if value in SEND_VIBER_FORM_VIBER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEND_VIBER_FORM_VIBER_VALUES!r}")
