from typing import Literal

StatusDetailAll = Literal[0, 1, 2]

STATUS_DETAIL_ALL_VALUES: set[StatusDetailAll] = {
    0,
    1,
    2,
}


def check_status_detail_all(value: int) -> StatusDetailAll:
    if value in STATUS_DETAIL_ALL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STATUS_DETAIL_ALL_VALUES!r}")
