from typing import Literal

SendProbeHlrFormHlr = Literal[1]

SEND_PROBE_HLR_FORM_HLR_VALUES: set[SendProbeHlrFormHlr] = {
    1,
}


def check_send_probe_hlr_form_hlr(value: int) -> SendProbeHlrFormHlr:
    if value in SEND_PROBE_HLR_FORM_HLR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEND_PROBE_HLR_FORM_HLR_VALUES!r}")
