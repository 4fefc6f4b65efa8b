from typing import Literal

ReplyOptionsCharset = Literal["koi8-r", "utf-8", "windows-1251"]

REPLY_OPTIONS_CHARSET_VALUES: set[ReplyOptionsCharset] = {
    "koi8-r",
    "utf-8",
    "windows-1251",
}


def check_reply_options_charset(value: str) -> ReplyOptionsCharset:
    if value in REPLY_OPTIONS_CHARSET_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REPLY_OPTIONS_CHARSET_VALUES!r}")
