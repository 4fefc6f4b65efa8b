from typing import Literal

ListVoiceReceiptsOperator = Literal["AND", "OR"]

LIST_VOICE_RECEIPTS_OPERATOR_VALUES: set[ListVoiceReceiptsOperator] = {
    "AND",
    "OR",
}


def check_list_voice_receipts_operator(value: str) -> ListVoiceReceiptsOperator:
    if value in LIST_VOICE_RECEIPTS_OPERATOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_VOICE_RECEIPTS_OPERATOR_VALUES!r}")
