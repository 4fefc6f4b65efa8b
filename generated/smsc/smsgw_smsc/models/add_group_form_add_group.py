from typing import Literal

AddGroupFormAddGroup = Literal[1]

ADD_GROUP_FORM_ADD_GROUP_VALUES: set[AddGroupFormAddGroup] = {
    1,
}


def check_add_group_form_add_group(value: int) -> AddGroupFormAddGroup:
    if value in ADD_GROUP_FORM_ADD_GROUP_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ADD_GROUP_FORM_ADD_GROUP_VALUES!r}")
