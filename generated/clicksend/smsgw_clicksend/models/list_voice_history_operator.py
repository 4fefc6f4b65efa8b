from typing import Literal

ListVoiceHistoryOperator = Literal["AND", "OR"]

LIST_VOICE_HISTORY_OPERATOR_VALUES: set[ListVoiceHistoryOperator] = {
    "AND",
    "OR",
}


def check_list_voice_history_operator(value: str) -> ListVoiceHistoryOperator:
    if value in LIST_VOICE_HISTORY_OPERATOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_VOICE_HISTORY_OPERATOR_VALUES!r}")
