from typing import Literal

ChangeSenderFormChg = Literal[1]

CHANGE_SENDER_FORM_CHG_VALUES: set[ChangeSenderFormChg] = {
    1,
}


def check_change_sender_form_chg(value: int) -> ChangeSenderFormChg:
    if value in CHANGE_SENDER_FORM_CHG_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CHANGE_SENDER_FORM_CHG_VALUES!r}")
