from typing import Literal

SmsOptionsTranslit = Literal[0, 1, 2]

SMS_OPTIONS_TRANSLIT_VALUES: set[SmsOptionsTranslit] = {
    0,
    1,
    2,
}


def check_sms_options_translit(value: int) -> SmsOptionsTranslit:
    if value in SMS_OPTIONS_TRANSLIT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SMS_OPTIONS_TRANSLIT_VALUES!r}")
