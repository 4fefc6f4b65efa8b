from typing import Literal

ListSendersFormGet = Literal[1]

LIST_SENDERS_FORM_GET_VALUES: set[ListSendersFormGet] = {
    1,
}


def check_list_senders_form_get(value: int) -> ListSendersFormGet:
    if value in LIST_SENDERS_FORM_GET_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_SENDERS_FORM_GET_VALUES!r}")
