from typing import Literal

SmsDeliveryStatus = Literal[
    "BLACKLISTED",
    "DEMO",
    "DLVRD",
    "ERROR",
    "INVALIDCONTENTS",
    "INVALIDDST",
    "KO",
    "SCHEDULED",
    "SENT",
    "TIMEOUT",
    "TOOM4NUM",
    "TOOM4USER",
    "UNKNPFX",
    "UNKNRCPT",
    "WAIT4DLVR",
    "WAITING",
]

SMS_DELIVERY_STATUS_VALUES: set[SmsDeliveryStatus] = {
    "BLACKLISTED",
    "DEMO",
    "DLVRD",
    "ERROR",
    "INVALIDCONTENTS",
    "INVALIDDST",
    "KO",
    "SCHEDULED",
    "SENT",
    "TIMEOUT",
    "TOOM4NUM",
    "TOOM4USER",
    "UNKNPFX",
    "UNKNRCPT",
    "WAIT4DLVR",
    "WAITING",
}


def check_sms_delivery_status(value: str) -> SmsDeliveryStatus:
    if value in SMS_DELIVERY_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SMS_DELIVERY_STATUS_VALUES!r}")
