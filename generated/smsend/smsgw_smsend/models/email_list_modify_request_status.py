from typing import Literal

EmailListModifyRequestStatus = Literal[0, 1, 2]

EMAIL_LIST_MODIFY_REQUEST_STATUS_VALUES: set[EmailListModifyRequestStatus] = {
    0,
    1,
    2,
}


def check_email_list_modify_request_status(value: int) -> EmailListModifyRequestStatus:
    if value in EMAIL_LIST_MODIFY_REQUEST_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EMAIL_LIST_MODIFY_REQUEST_STATUS_VALUES!r}")
