from typing import Literal

BalanceFormCur = Literal[0, 1]

BALANCE_FORM_CUR_VALUES: set[BalanceFormCur] = {
    0,
    1,
}


def check_balance_form_cur(value: int) -> BalanceFormCur:
    if value in BALANCE_FORM_CUR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BALANCE_FORM_CUR_VALUES!r}")
