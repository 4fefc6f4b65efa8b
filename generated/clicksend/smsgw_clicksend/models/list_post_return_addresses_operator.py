from typing import Literal

ListPostReturnAddressesOperator = Literal["AND", "OR"]

LIST_POST_RETURN_ADDRESSES_OPERATOR_VALUES: set[ListPostReturnAddressesOperator] = {
    "AND",
    "OR",
}


def check_list_post_return_addresses_operator(value: str) -> ListPostReturnAddressesOperator:
    if value in LIST_POST_RETURN_ADDRESSES_OPERATOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_POST_RETURN_ADDRESSES_OPERATOR_VALUES!r}")
