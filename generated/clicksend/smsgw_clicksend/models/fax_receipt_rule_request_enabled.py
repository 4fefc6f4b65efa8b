from typing import Literal

FaxReceiptRuleRequestEnabled = Literal[0, 1]

FAX_RECEIPT_RULE_REQUEST_ENABLED_VALUES: set[FaxReceiptRuleRequestEnabled] = {
    0,
    1,
}


def check_fax_receipt_rule_request_enabled(value: int) -> FaxReceiptRuleRequestEnabled:
    if value in FAX_RECEIPT_RULE_REQUEST_ENABLED_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FAX_RECEIPT_RULE_REQUEST_ENABLED_VALUES!r}")
