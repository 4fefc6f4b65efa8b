from typing import Literal

AddContactToGroupFormMoveGroup = Literal[2]

ADD_CONTACT_TO_GROUP_FORM_MOVE_GROUP_VALUES: set[AddContactToGroupFormMoveGroup] = {
    2,
}


def check_add_contact_to_group_form_move_group(value: int) -> AddContactToGroupFormMoveGroup:
    if value in ADD_CONTACT_TO_GROUP_FORM_MOVE_GROUP_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ADD_CONTACT_TO_GROUP_FORM_MOVE_GROUP_VALUES!r}")
