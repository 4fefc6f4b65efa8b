from typing import Literal

OkReplyResult = Literal["OK"]

OK_REPLY_RESULT_VALUES: set[OkReplyResult] = {
    "OK",
}


def check_ok_reply_result(value: str) -> OkReplyResult:
    if value in OK_REPLY_RESULT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OK_REPLY_RESULT_VALUES!r}")
