from typing import Literal

AddContactFormAdd = Literal[1]

ADD_CONTACT_FORM_ADD_VALUES: set[AddContactFormAdd] = {
    1,
}


def check_add_contact_form_add(value: int) -> AddContactFormAdd:
    if value in ADD_CONTACT_FORM_ADD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ADD_CONTACT_FORM_ADD_VALUES!r}")
