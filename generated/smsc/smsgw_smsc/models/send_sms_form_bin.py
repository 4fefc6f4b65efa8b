from typing import Literal

SendSmsFormBin = Literal[0, 1, 2]

SEND_SMS_FORM_BIN_VALUES: set[SendSmsFormBin] = {
    0,
    1,
    2,
}


def check_send_sms_form_bin(value: int) -> SendSmsFormBin:
    if value in SEND_SMS_FORM_BIN_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEND_SMS_FORM_BIN_VALUES!r}")
