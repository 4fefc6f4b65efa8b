from typing import Literal

ListInboundSmsOperator = Literal["AND", "OR"]

LIST_INBOUND_SMS_OPERATOR_VALUES: set[ListInboundSmsOperator] = {
    "AND",
    "OR",
}


def check_list_inbound_sms_operator(value: str) -> ListInboundSmsOperator:
    if value in LIST_INBOUND_SMS_OPERATOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_INBOUND_SMS_OPERATOR_VALUES!r}")
