from typing import Literal

ListEmailSmsStrippedStringsOperator = Literal["AND", "OR"]

LIST_EMAIL_SMS_STRIPPED_STRINGS_OPERATOR_VALUES: set[ListEmailSmsStrippedStringsOperator] = {
    "AND",
    "OR",
}


def check_list_email_sms_stripped_strings_operator(value: str) -> ListEmailSmsStrippedStringsOperator:
    if value in LIST_EMAIL_SMS_STRIPPED_STRINGS_OPERATOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_EMAIL_SMS_STRIPPED_STRINGS_OPERATOR_VALUES!r}")
