from typing import Literal

ListMoReceivedSmsType = Literal["CONTACT", "OTHER", "STOP"]

LIST_MO_RECEIVED_SMS_TYPE_VALUES: set[ListMoReceivedSmsType] = {
    "CONTACT",
    "OTHER",
    "STOP",
}


def check_list_mo_received_sms_type(value: str) -> ListMoReceivedSmsType:
    if value in LIST_MO_RECEIVED_SMS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_MO_RECEIVED_SMS_TYPE_VALUES!r}")
