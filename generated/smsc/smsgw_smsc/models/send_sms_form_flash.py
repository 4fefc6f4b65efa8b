from typing import Literal

SendSmsFormFlash = Literal[0, 1]

SEND_SMS_FORM_FLASH_VALUES: set[SendSmsFormFlash] = {
    0,
    1,
}


def check_send_sms_form_flash(value: int) -> SendSmsFormFlash:
    if value in SEND_SMS_FORM_FLASH_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEND_SMS_FORM_FLASH_VALUES!r}")
