from typing import Literal

MessageStatusStatus = Literal[-3, -2, -1, 0, 1, 2, 3, 4, 20, 22, 23, 24, 25]

MESSAGE_STATUS_STATUS_VALUES: set[MessageStatusStatus] = {
    -3,
    -2,
    -1,
    0,
    1,
    2,
    3,
    4,
    20,
    22,
    23,
    24,
    25,
}


def check_message_status_status(value: int) -> MessageStatusStatus:
    if value in MESSAGE_STATUS_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MESSAGE_STATUS_STATUS_VALUES!r}")
