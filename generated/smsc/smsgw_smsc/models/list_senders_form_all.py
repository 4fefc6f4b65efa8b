from typing import Literal

ListSendersFormAll = Literal[0, 1]

LIST_SENDERS_FORM_ALL_VALUES: set[ListSendersFormAll] = {
    0,
    1,
}


def check_list_senders_form_all(value: int) -> ListSendersFormAll:
    if value in LIST_SENDERS_FORM_ALL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_SENDERS_FORM_ALL_VALUES!r}")
