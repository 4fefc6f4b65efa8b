from typing import Literal

DeleteSenderFormDel = Literal[1]

DELETE_SENDER_FORM_DEL_VALUES: set[DeleteSenderFormDel] = {
    1,
}


def check_delete_sender_form_del(value: int) -> DeleteSenderFormDel:
    if value in DELETE_SENDER_FORM_DEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DELETE_SENDER_FORM_DEL_VALUES!r}")
