from typing import Literal

ListMmsCampaignsOperator = Literal["AND", "OR"]

LIST_MMS_CAMPAIGNS_OPERATOR_VALUES: set[ListMmsCampaignsOperator] = {
    "AND",
    "OR",
}


def check_list_mms_campaigns_operator(value: str) -> ListMmsCampaignsOperator:
    if value in LIST_MMS_CAMPAIGNS_OPERATOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_MMS_CAMPAIGNS_OPERATOR_VALUES!r}")
