from typing import Literal

HistoryFormGetMessages = Literal[1]

HISTORY_FORM_GET_MESSAGES_VALUES: set[HistoryFormGetMessages] = {
    1,
}


def check_history_form_get_messages(value: int) -> HistoryFormGetMessages:
    if value in HISTORY_FORM_GET_MESSAGES_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {HISTORY_FORM_GET_MESSAGES_VALUES!r}")
