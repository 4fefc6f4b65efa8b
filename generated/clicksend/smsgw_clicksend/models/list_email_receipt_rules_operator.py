from typing import Literal

ListEmailReceiptRulesOperator = Literal["AND", "OR"]

LIST_EMAIL_RECEIPT_RULES_OPERATOR_VALUES: set[ListEmailReceiptRulesOperator] = {
    "AND",
    "OR",
}


def check_list_email_receipt_rules_operator(value: str) -> ListEmailReceiptRulesOperator:
    if value in LIST_EMAIL_RECEIPT_RULES_OPERATOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_EMAIL_RECEIPT_RULES_OPERATOR_VALUES!r}")
