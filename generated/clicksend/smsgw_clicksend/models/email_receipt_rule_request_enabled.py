from typing import Literal

EmailReceiptRuleRequestEnabled = Literal[0, 1]

EMAIL_RECEIPT_RULE_REQUEST_ENABLED_VALUES: set[EmailReceiptRuleRequestEnabled] = {
    0,
    1,
}


def check_email_receipt_rule_request_enabled(value: int) -> EmailReceiptRuleRequestEnabled:
    if value in EMAIL_RECEIPT_RULE_REQUEST_ENABLED_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EMAIL_RECEIPT_RULE_REQUEST_ENABLED_VALUES!r}")
