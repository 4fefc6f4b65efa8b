from typing import Literal

ListBlacklistFormGetBlack = Literal[1]

LIST_BLACKLIST_FORM_GET_BLACK_VALUES: set[ListBlacklistFormGetBlack] = {
    1,
}


def check_list_blacklist_form_get_black(value: int) -> ListBlacklistFormGetBlack:
    if value in LIST_BLACKLIST_FORM_GET_BLACK_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_BLACKLIST_FORM_GET_BLACK_VALUES!r}")
