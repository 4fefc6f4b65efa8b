from typing import Literal

AddToBlacklistFormAddBlack = Literal[1]

ADD_TO_BLACKLIST_FORM_ADD_BLACK_VALUES: set[AddToBlacklistFormAddBlack] = {
    1,
}


def check_add_to_blacklist_form_add_black(value: int) -> AddToBlacklistFormAddBlack:
    if value in ADD_TO_BLACKLIST_FORM_ADD_BLACK_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ADD_TO_BLACKLIST_FORM_ADD_BLACK_VALUES!r}")
