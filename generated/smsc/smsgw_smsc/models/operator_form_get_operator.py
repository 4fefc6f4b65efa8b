from typing import Literal

OperatorFormGetOperator = Literal[1]

OPERATOR_FORM_GET_OPERATOR_VALUES: set[OperatorFormGetOperator] = {
    1,
}


def check_operator_form_get_operator(value: int) -> OperatorFormGetOperator:
    if value in OPERATOR_FORM_GET_OPERATOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OPERATOR_FORM_GET_OPERATOR_VALUES!r}")
