from typing import Literal

GetGlobalSendingCountriesOperator = Literal["AND", "OR"]

GET_GLOBAL_SENDING_COUNTRIES_OPERATOR_VALUES: set[GetGlobalSendingCountriesOperator] = {
    "AND",
    "OR",
}


def check_get_global_sending_countries_operator(value: str) -> GetGlobalSendingCountriesOperator:
    if value in GET_GLOBAL_SENDING_COUNTRIES_OPERATOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_GLOBAL_SENDING_COUNTRIES_OPERATOR_VALUES!r}")
