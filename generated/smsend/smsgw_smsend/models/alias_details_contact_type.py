from typing import Literal

AliasDetailsContactType = Literal["EMAIL", "FAX", "MAIN_PHONE", "PEC", "SERVICE_PHONE", "WEB"]

ALIAS_DETAILS_CONTACT_TYPE_VALUES: set[AliasDetailsContactType] = {
    "EMAIL",
    "FAX",
    "MAIN_PHONE",
    "PEC",
    "SERVICE_PHONE",
    "WEB",
}


def check_alias_details_contact_type(value: str) -> AliasDetailsContactType:
    if value in ALIAS_DETAILS_CONTACT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ALIAS_DETAILS_CONTACT_TYPE_VALUES!r}")
