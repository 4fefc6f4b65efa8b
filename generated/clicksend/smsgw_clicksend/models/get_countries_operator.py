from typing import Literal

GetCountriesOperator = Literal["AND", "OR"]

GET_COUNTRIES_OPERATOR_VALUES: set[GetCountriesOperator] = {
    "AND",
    "OR",
}


def check_get_countries_operator(value: str) -> GetCountriesOperator:
    if value in GET_COUNTRIES_OPERATOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_COUNTRIES_OPERATOR_VALUES!r}")
