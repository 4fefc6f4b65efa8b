from typing import Literal

ListDeliveryIssuesOperator = Literal["AND", "OR"]

LIST_DELIVERY_ISSUES_OPERATOR_VALUES: set[ListDeliveryIssuesOperator] = {
    "AND",
    "OR",
}


def check_list_delivery_issues_operator(value: str) -> ListDeliveryIssuesOperator:
    if value in LIST_DELIVERY_ISSUES_OPERATOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_DELIVERY_ISSUES_OPERATOR_VALUES!r}")
