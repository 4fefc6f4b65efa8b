from typing import Literal

AutomationReceiptMatchType = Literal[0, 1, 2, 3]

AUTOMATION_RECEIPT_MATCH_TYPE_VALUES: set[AutomationReceiptMatchType] = {
    0,
    1,
    2,
    3,
}


def check_automation_receipt_match_type(value: int) -> AutomationReceiptMatchType:
    if value in AUTOMATION_RECEIPT_MATCH_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AUTOMATION_RECEIPT_MATCH_TYPE_VALUES!r}")
