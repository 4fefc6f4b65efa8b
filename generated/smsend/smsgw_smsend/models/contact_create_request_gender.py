from typing import Literal

ContactCreateRequestGender = Literal["f", "m"]

CONTACT_CREATE_REQUEST_GENDER_VALUES: set[ContactCreateRequestGender] = {
    "f",
    "m",
}


def check_contact_create_request_gender(value: str) -> ContactCreateRequestGender:
    if value in CONTACT_CREATE_REQUEST_GENDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTACT_CREATE_REQUEST_GENDER_VALUES!r}")
