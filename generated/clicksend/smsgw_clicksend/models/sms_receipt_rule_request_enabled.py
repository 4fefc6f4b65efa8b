from typing import Literal

SmsReceiptRuleRequestEnabled = Literal[0, 1]

SMS_RECEIPT_RULE_REQUEST_ENABLED_VALUES: set[SmsReceiptRuleRequestEnabled] = {
    0,
    1,
}


def check_sms_receipt_rule_request_enabled(value: int) -> SmsReceiptRuleRequestEnabled:
    if value in SMS_RECEIPT_RULE_REQUEST_ENABLED_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SMS_RECEIPT_RULE_REQUEST_ENABLED_VALUES!r}")
