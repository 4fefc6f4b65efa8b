from typing import Literal

ListSmsReceiptRulesOperator = Literal["AND", "OR"]

LIST_SMS_RECEIPT_RULES_OPERATOR_VALUES: set[ListSmsReceiptRulesOperator] = {
    "AND",
    "OR",
}


def check_list_sms_receipt_rules_operator(value: str) -> ListSmsReceiptRulesOperator:
    if value in LIST_SMS_RECEIPT_RULES_OPERATOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_SMS_RECEIPT_RULES_OPERATOR_VALUES!r}")
