from typing import Literal

VoiceReceiptRuleRequestEnabled = Literal[0, 1]

VOICE_RECEIPT_RULE_REQUEST_ENABLED_VALUES: set[VoiceReceiptRuleRequestEnabled] = {
    0,
    1,
}


def check_voice_receipt_rule_request_enabled(value: int) -> VoiceReceiptRuleRequestEnabled:
    if value in VOICE_RECEIPT_RULE_REQUEST_ENABLED_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VOICE_RECEIPT_RULE_REQUEST_ENABLED_VALUES!r}")
