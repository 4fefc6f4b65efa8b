from typing import Literal

ListVoiceReceiptRulesOperator = Literal["AND", "OR"]

LIST_VOICE_RECEIPT_RULES_OPERATOR_VALUES: set[ListVoiceReceiptRulesOperator] = {
    "AND",
    "OR",
}


def check_list_voice_receipt_rules_operator(value: str) -> ListVoiceReceiptRulesOperator:
    if value in LIST_VOICE_RECEIPT_RULES_OPERATOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_VOICE_RECEIPT_RULES_OPERATOR_VALUES!r}")
