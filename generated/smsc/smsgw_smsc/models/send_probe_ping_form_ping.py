from typing import Literal

SendProbePingFormPing = Literal[1]

SEND_PROBE_PING_FORM_PING_VALUES: set[SendProbePingFormPing] = {
    1,
}


def check_send_probe_ping_form_ping(value: int) -> SendProbePingFormPing:
    if value in SEND_PROBE_PING_FORM_PING_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEND_PROBE_PING_FORM_PING_VALUES!r}")
