from typing import Literal

SmsOptionsTinyurl = Literal[0, 1]

SMS_OPTIONS_TINYURL_VALUES: set[SmsOptionsTinyurl] = {
    0,
    1,
}


def check_sms_options_tinyurl(value: int) -> SmsOptionsTinyurl:
    if value in SMS_OPTIONS_TINYURL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SMS_OPTIONS_TINYURL_VALUES!r}")
