from typing import Literal

ContactListSearchResultType = Literal["contact", "list"]

CONTACT_LIST_SEARCH_RESULT_TYPE_VALUES: set[ContactListSearchResultType] = {
    "contact",
    "list",
}


def check_contact_list_search_result_type(value: str) -> ContactListSearchResultType:
    if value in CONTACT_LIST_SEARCH_RESULT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTACT_LIST_SEARCH_RESULT_TYPE_VALUES!r}")
