from typing import Literal

RemoveContactFromGroupFormMoveGroup = Literal[3]

REMOVE_CONTACT_FROM_GROUP_FORM_MOVE_GROUP_VALUES: set[RemoveContactFromGroupFormMoveGroup] = {
    3,
}


def check_remove_contact_from_group_form_move_group(value: int) -> RemoveContactFromGroupFormMoveGroup:
    if value in REMOVE_CONTACT_FROM_GROUP_FORM_MOVE_GROUP_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REMOVE_CONTACT_FROM_GROUP_FORM_MOVE_GROUP_VALUES!r}")
