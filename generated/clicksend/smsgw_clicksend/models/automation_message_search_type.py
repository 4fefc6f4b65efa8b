from typing import Literal

AutomationMessageSearchType = Literal[0, 1, 2, 3]

AUTOMATION_MESSAGE_SEARCH_TYPE_VALUES: set[AutomationMessageSearchType] = {
    0,
    1,
    2,
    3,
}


def check_automation_message_search_type(value: int) -> AutomationMessageSearchType:
    if value in AUTOMATION_MESSAGE_SEARCH_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AUTOMATION_MESSAGE_SEARCH_TYPE_VALUES!r}")
