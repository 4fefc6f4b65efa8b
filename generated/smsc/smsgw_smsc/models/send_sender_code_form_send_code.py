from typing import Literal

SendSenderCodeFormSendCode = Literal[1]

SEND_SENDER_CODE_FORM_SEND_CODE_VALUES: set[SendSenderCodeFormSendCode] = {
    1,
}


def check_send_sender_code_form_send_code(value: int) -> SendSenderCodeFormSendCode:
    if value in SEND_SENDER_CODE_FORM_SEND_CODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEND_SENDER_CODE_FORM_SEND_CODE_VALUES!r}")
