from typing import Literal

GetGlobalSendingCountryListOperator = Literal["AND", "OR"]

GET_GLOBAL_SENDING_COUNTRY_LIST_OPERATOR_VALUES: set[GetGlobalSendingCountryListOperator] = {
    "AND",
    "OR",
}


def check_get_global_sending_country_list_operator(value: str) -> GetGlobalSendingCountryListOperator:
    if value in GET_GLOBAL_SENDING_COUNTRY_LIST_OPERATOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_GLOBAL_SENDING_COUNTRY_LIST_OPERATOR_VALUES!r}")
