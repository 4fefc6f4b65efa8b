from typing import Literal

DeleteContactFormDel = Literal[1]

DELETE_CONTACT_FORM_DEL_VALUES: set[DeleteContactFormDel] = {
    1,
}


def check_delete_contact_form_del(value: int) -> DeleteContactFormDel:
    if value in DELETE_CONTACT_FORM_DEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DELETE_CONTACT_FORM_DEL_VALUES!r}")
