from typing import Literal

DeleteGroupFormDelGroup = Literal[1]

DELETE_GROUP_FORM_DEL_GROUP_VALUES: set[DeleteGroupFormDelGroup] = {
    1,
}


def check_delete_group_form_del_group(value: int) -> DeleteGroupFormDelGroup:
    if value in DELETE_GROUP_FORM_DEL_GROUP_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DELETE_GROUP_FORM_DEL_GROUP_VALUES!r}")
