from typing import Literal

ListEmailSmsAllowedAddressesOperator = Literal["AND", "OR"]

LIST_EMAIL_SMS_ALLOWED_ADDRESSES_OPERATOR_VALUES: set[ListEmailSmsAllowedAddressesOperator] = {
    "AND",
    "OR",
}


def check_list_email_sms_allowed_addresses_operator(value: str) -> ListEmailSmsAllowedAddressesOperator:
    if value in LIST_EMAIL_SMS_ALLOWED_ADDRESSES_OPERATOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_EMAIL_SMS_ALLOWED_ADDRESSES_OPERATOR_VALUES!r}")
