from typing import Literal

SendCostFormMms = Literal[0, 1]

SEND_COST_FORM_MMS_VALUES: set[SendCostFormMms] = {
    0,
    1,
}


def check_send_cost_form_mms(value: int) -> SendCostFormMms:
    if value in SEND_COST_FORM_MMS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEND_COST_FORM_MMS_VALUES!r}")
