from typing import Literal

RenameGroupFormChgGroup = Literal[1]

RENAME_GROUP_FORM_CHG_GROUP_VALUES: set[RenameGroupFormChgGroup] = {
    1,
}


def check_rename_group_form_chg_group(value: int) -> RenameGroupFormChgGroup:
    if value in RENAME_GROUP_FORM_CHG_GROUP_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RENAME_GROUP_FORM_CHG_GROUP_VALUES!r}")
