from typing import Literal

SendMmsFormMms = Literal[1]

SEND_MMS_FORM_MMS_VALUES: set[SendMmsFormMms] = {
    1,
}


def check_send_mms_form_mms(value: int) -> SendMmsFormMms:
    if value in SEND_MMS_FORM_MMS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEND_MMS_FORM_MMS_VALUES!r}")
