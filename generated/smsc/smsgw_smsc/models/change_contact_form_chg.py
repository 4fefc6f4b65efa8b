from typing import Literal

ChangeContactFormChg = Literal[1]

CHANGE_CONTACT_FORM_CHG_VALUES: set[ChangeContactFormChg] = {
    1,
}


def check_change_contact_form_chg(value: int) -> ChangeContactFormChg:
    if value in CHANGE_CONTACT_FORM_CHG_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CHANGE_CONTACT_FORM_CHG_VALUES!r}")
