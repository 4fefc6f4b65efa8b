from typing import Literal

ListSmsReceiptsOperator = Literal["AND", "OR"]

LIST_SMS_RECEIPTS_OPERATOR_VALUES: set[ListSmsReceiptsOperator] = {
    "AND",
    "OR",
}


def check_list_sms_receipts_operator(value: str) -> ListSmsReceiptsOperator:
    if value in LIST_SMS_RECEIPTS_OPERATOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_SMS_RECEIPTS_OPERATOR_VALUES!r}")
