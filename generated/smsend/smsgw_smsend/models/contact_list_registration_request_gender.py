from typing import Literal

ContactListRegistrationRequestGender = Literal["f", "m"]

CONTACT_LIST_REGISTRATION_REQUEST_GENDER_VALUES: set[ContactListRegistrationRequestGender] = {
    "f",
    "m",
}


def check_contact_list_registration_request_gender(value: str) -> ContactListRegistrationRequestGender:
    if value in CONTACT_LIST_REGISTRATION_REQUEST_GENDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTACT_LIST_REGISTRATION_REQUEST_GENDER_VALUES!r}")
