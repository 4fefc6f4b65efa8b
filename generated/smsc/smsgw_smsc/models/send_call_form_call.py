from typing import Literal

SendCallFormCall = Literal[1]

SEND_CALL_FORM_CALL_VALUES: set[SendCallFormCall] = {
    1,
}


def check_send_call_form_call(value: int) -> SendCallFormCall:
    if value in SEND_CALL_FORM_CALL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEND_CALL_FORM_CALL_VALUES!r}")
