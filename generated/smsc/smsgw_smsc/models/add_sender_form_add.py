from typing import Literal

AddSenderFormAdd = Literal[1]

ADD_SENDER_FORM_ADD_VALUES: set[AddSenderFormAdd] = {
    1,
}


def check_add_sender_form_add(value: int) -> AddSenderFormAdd:
    if value in ADD_SENDER_FORM_ADD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ADD_SENDER_FORM_ADD_VALUES!r}")
