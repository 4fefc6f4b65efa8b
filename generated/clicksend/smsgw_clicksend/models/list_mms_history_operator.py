from typing import Literal

ListMmsHistoryOperator = Literal["AND", "OR"]

LIST_MMS_HISTORY_OPERATOR_VALUES: set[ListMmsHistoryOperator] = {
    "AND",
    "OR",
}


def check_list_mms_history_operator(value: str) -> ListMmsHistoryOperator:
    if value in LIST_MMS_HISTORY_OPERATOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_MMS_HISTORY_OPERATOR_VALUES!r}")
