from typing import Literal

ListSubaccountsOperator = Literal["AND", "OR"]

LIST_SUBACCOUNTS_OPERATOR_VALUES: set[ListSubaccountsOperator] = {
    "AND",
    "OR",
}


def check_list_subaccounts_operator(value: str) -> ListSubaccountsOperator:
    if value in LIST_SUBACCOUNTS_OPERATOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_SUBACCOUNTS_OPERATOR_VALUES!r}")
