from typing import Literal

ListContactListsOperator = Literal["AND", "OR"]

LIST_CONTACT_LISTS_OPERATOR_VALUES: set[ListContactListsOperator] = {
    "AND",
    "OR",
}


def check_list_contact_lists_operator(value: str) -> ListContactListsOperator:
    if value in LIST_CONTACT_LISTS_OPERATOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CONTACT_LISTS_OPERATOR_VALUES!r}")
