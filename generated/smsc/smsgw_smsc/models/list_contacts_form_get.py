from typing import Literal

ListContactsFormGet = Literal[1]

LIST_CONTACTS_FORM_GET_VALUES: set[ListContactsFormGet] = {
    1,
}


def check_list_contacts_form_get(value: int) -> ListContactsFormGet:
    if value in LIST_CONTACTS_FORM_GET_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CONTACTS_FORM_GET_VALUES!r}")
