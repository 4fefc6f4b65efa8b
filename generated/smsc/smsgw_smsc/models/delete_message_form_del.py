from typing import Literal

DeleteMessageFormDel = Literal[1]

DELETE_MESSAGE_FORM_DEL_VALUES: set[DeleteMessageFormDel] = {
    1,
}


def check_delete_message_form_del(value: int) -> DeleteMessageFormDel:
    if value in DELETE_MESSAGE_FORM_DEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DELETE_MESSAGE_FORM_DEL_VALUES!r}")
