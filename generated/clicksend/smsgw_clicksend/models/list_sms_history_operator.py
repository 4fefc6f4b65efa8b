from typing import Literal

ListSmsHistoryOperator = Literal["AND", "OR"]

LIST_SMS_HISTORY_OPERATOR_VALUES: set[ListSmsHistoryOperator] = {
    "AND",
    "OR",
}


def check_list_sms_history_operator(value: str) -> ListSmsHistoryOperator:
    if value in LIST_SMS_HISTORY_OPERATOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_SMS_HISTORY_OPERATOR_VALUES!r}")
