from typing import Literal

ListContactsOperator = Literal["AND", "OR"]

LIST_CONTACTS_OPERATOR_VALUES: set[ListContactsOperator] = {
    "AND",
    "OR",
}


def check_list_contacts_operator(value: str) -> ListContactsOperator:
    if value in LIST_CONTACTS_OPERATOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CONTACTS_OPERATOR_VALUES!r}")
