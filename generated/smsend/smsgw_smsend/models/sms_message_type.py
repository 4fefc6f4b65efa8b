from typing import Literal

SmsMessageType = Literal["L", "LL", "N"]

SMS_MESSAGE_TYPE_VALUES: set[SmsMessageType] = {
    "L",
    "LL",
    "N",
}


def check_sms_message_type(value: str) -> SmsMessageType:
    if value in SMS_MESSAGE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SMS_MESSAGE_TYPE_VALUES!r}")
