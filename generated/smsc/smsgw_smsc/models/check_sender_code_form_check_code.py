from typing import Literal

CheckSenderCodeFormCheckCode = Literal[1]

CHECK_SENDER_CODE_FORM_CHECK_CODE_VALUES: set[CheckSenderCodeFormCheckCode] = {
    1,
}


def check_check_sender_code_form_check_code(value: int) -> CheckSenderCodeFormCheckCode:
    if value in CHECK_SENDER_CODE_FORM_CHECK_CODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CHECK_SENDER_CODE_FORM_CHECK_CODE_VALUES!r}")
