from typing import Literal

BlacklistEntryType = Literal[0, 1, 2]

BLACKLIST_ENTRY_TYPE_VALUES: set[BlacklistEntryType] = {
    0,
    1,
    2,
}


def check_blacklist_entry_type(value: int) -> BlacklistEntryType:
    if value in BLACKLIST_ENTRY_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BLACKLIST_ENTRY_TYPE_VALUES!r}")
