from typing import Literal

MoveContactToGroupFormMoveGroup = Literal[1]

MOVE_CONTACT_TO_GROUP_FORM_MOVE_GROUP_VALUES: set[MoveContactToGroupFormMoveGroup] = {
    1,
}


def check_move_contact_to_group_form_move_group(value: int) -> MoveContactToGroupFormMoveGroup:
    if value in MOVE_CONTACT_TO_GROUP_FORM_MOVE_GROUP_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MOVE_CONTACT_TO_GROUP_FORM_MOVE_GROUP_VALUES!r}")
