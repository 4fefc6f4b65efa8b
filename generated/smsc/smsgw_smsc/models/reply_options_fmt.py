from typing import Literal

ReplyOptionsFmt = Literal[0, 1, 2, 3]

REPLY_OPTIONS_FMT_VALUES: set[ReplyOptionsFmt] = {
    0,
    1,
    2,
    3,
}


def check_reply_options_fmt(value: int) -> ReplyOptionsFmt:
    if value in REPLY_OPTIONS_FMT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REPLY_OPTIONS_FMT_VALUES!r}")
