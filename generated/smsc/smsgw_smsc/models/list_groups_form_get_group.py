from typing import Literal

ListGroupsFormGetGroup = Literal[1]

LIST_GROUPS_FORM_GET_GROUP_VALUES: set[ListGroupsFormGetGroup] = {
    1,
}


def check_list_groups_form_get_group(value: int) -> ListGroupsFormGetGroup:
    if value in LIST_GROUPS_FORM_GET_GROUP_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_GROUPS_FORM_GET_GROUP_VALUES!r}")
