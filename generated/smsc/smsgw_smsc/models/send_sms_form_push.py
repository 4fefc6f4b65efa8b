from typing import Literal

SendSmsFormPush = Literal[0, 1]

SEND_SMS_FORM_PUSH_VALUES: set[SendSmsFormPush] = {
    0,
    1,
}


def check_send_sms_form_push(value: int) -> SendSmsFormPush:
    if value in SEND_SMS_FORM_PUSH_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEND_SMS_FORM_PUSH_VALUES!r}")
