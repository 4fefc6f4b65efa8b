from typing import Literal

StatisticsFormGetStat = Literal[1]

STATISTICS_FORM_GET_STAT_VALUES: set[StatisticsFormGetStat] = {
    1,
}


def check_statistics_form_get_stat(value: int) -> StatisticsFormGetStat:
    if value in STATISTICS_FORM_GET_STAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STATISTICS_FORM_GET_STAT_VALUES!r}")
