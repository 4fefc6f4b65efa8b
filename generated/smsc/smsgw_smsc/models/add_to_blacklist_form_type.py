from typing import Literal

AddToBlacklistFormType = Literal[0, 1, 2]

ADD_TO_BLACKLIST_FORM_TYPE_VALUES: set[AddToBlacklistFormType] = {
    0,
    1,
    2,
}


def check_add_to_blacklist_form_type(value: int) -> AddToBlacklistFormType:
    if value in ADD_TO_BLACKLIST_FORM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ADD_TO_BLACKLIST_FORM_TYPE_VALUES!r}")
