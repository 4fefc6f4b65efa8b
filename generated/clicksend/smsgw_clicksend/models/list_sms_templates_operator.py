from typing import Literal

ListSmsTemplatesOperator = Literal["AND", "OR"]

LIST_SMS_TEMPLATES_OPERATOR_VALUES: set[ListSmsTemplatesOperator] = {
    "AND",
    "OR",
}


def check_list_sms_templates_operator(value: str) -> ListSmsTemplatesOperator:
    if value in LIST_SMS_TEMPLATES_OPERATOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_SMS_TEMPLATES_OPERATOR_VALUES!r}")
