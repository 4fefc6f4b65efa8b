from typing import Literal

ListSmsInboundRulesOperator = Literal["AND", "OR"]

LIST_SMS_INBOUND_RULES_OPERATOR_VALUES: set[ListSmsInboundRulesOperator] = {
    "AND",
    "OR",
}


def check_list_sms_inbound_rules_operator(value: str) -> ListSmsInboundRulesOperator:
    if value in LIST_SMS_INBOUND_RULES_OPERATOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_SMS_INBOUND_RULES_OPERATOR_VALUES!r}")
