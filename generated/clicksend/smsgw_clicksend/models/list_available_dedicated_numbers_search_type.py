from typing import Literal

ListAvailableDedicatedNumbersSearchType = Literal[0, 1, 2]

LIST_AVAILABLE_DEDICATED_NUMBERS_SEARCH_TYPE_VALUES: set[ListAvailableDedicatedNumbersSearchType] = {
    0,
    1,
    2,
}


def check_list_available_dedicated_numbers_search_type(value: int) -> ListAvailableDedicatedNumbersSearchType:
    if value in LIST_AVAILABLE_DEDICATED_NUMBERS_SEARCH_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_AVAILABLE_DEDICATED_NUMBERS_SEARCH_TYPE_VALUES!r}"
    )
