from typing import Literal

AliasAliasState = Literal[0, 1, 2, 3, 4, 9]

ALIAS_ALIAS_STATE_VALUES: set[AliasAliasState] = {
    0,
    1,
    2,
    3,
    4,
    9,
}


def check_alias_alias_state(value: int) -> AliasAliasState:
    if value in ALIAS_ALIAS_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ALIAS_ALIAS_STATE_VALUES!r}")
