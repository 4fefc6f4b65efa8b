from typing import Literal

ListFaxReceiptRulesOperator = Literal["AND", "OR"]

LIST_FAX_RECEIPT_RULES_OPERATOR_VALUES: set[ListFaxReceiptRulesOperator] = {
    "AND",
    "OR",
}


def check_list_fax_receipt_rules_operator(value: str) -> ListFaxReceiptRulesOperator:
    if value in LIST_FAX_RECEIPT_RULES_OPERATOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_FAX_RECEIPT_RULES_OPERATOR_VALUES!r}")
