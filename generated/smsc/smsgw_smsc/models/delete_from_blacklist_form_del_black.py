from typing import Literal

DeleteFromBlacklistFormDelBlack = Literal[1]

DELETE_FROM_BLACKLIST_FORM_DEL_BLACK_VALUES: set[DeleteFromBlacklistFormDelBlack] = {
    1,
}


def check_delete_from_blacklist_form_del_black(value: int) -> DeleteFromBlacklistFormDelBlack:
    if value in DELETE_FROM_BLACKLIST_FORM_DEL_BLACK_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DELETE_FROM_BLACKLIST_FORM_DEL_BLACK_VALUES!r}")
