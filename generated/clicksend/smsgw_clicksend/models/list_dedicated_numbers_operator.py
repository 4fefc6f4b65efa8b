from typing import Literal

ListDedicatedNumbersOperator = Literal["AND", "OR"]

LIST_DEDICATED_NUMBERS_OPERATOR_VALUES: set[ListDedicatedNumbersOperator] = {
    "AND",
    "OR",
}


def check_list_dedicated_numbers_operator(value: str) -> ListDedicatedNumbersOperator:
    if value in LIST_DEDICATED_NUMBERS_OPERATOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_DEDICATED_NUMBERS_OPERATOR_VALUES!r}")
