from typing import Literal

ListSmsCampaignsOperator = Literal["AND", "OR"]

LIST_SMS_CAMPAIGNS_OPERATOR_VALUES: set[ListSmsCampaignsOperator] = {
    "AND",
    "OR",
}


def check_list_sms_campaigns_operator(value: str) -> ListSmsCampaignsOperator:
    if value in LIST_SMS_CAMPAIGNS_OPERATOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_SMS_CAMPAIGNS_OPERATOR_VALUES!r}")
