from typing import Literal

SendSmsFormOp = Literal[0, 1]

SEND_SMS_FORM_OP_VALUES: set[SendSmsFormOp] = {
    0,
    1,
}


def check_send_sms_form_op(value: int) -> SendSmsFormOp:
    if value in SEND_SMS_FORM_OP_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEND_SMS_FORM_OP_VALUES!r}")
