from typing import Literal

ListAvailableDedicatedNumbersOperator = Literal["AND", "OR"]

LIST_AVAILABLE_DEDICATED_NUMBERS_OPERATOR_VALUES: set[ListAvailableDedicatedNumbersOperator] = {
    "AND",
    "OR",
}


def check_list_available_dedicated_numbers_operator(value: str) -> ListAvailableDedicatedNumbersOperator:
    if value in LIST_AVAILABLE_DEDICATED_NUMBERS_OPERATOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_AVAILABLE_DEDICATED_NUMBERS_OPERATOR_VALUES!r}")
