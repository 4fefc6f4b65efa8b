from typing import Literal

SmsInboundRuleRequestEnabled = Literal[0, 1]

SMS_INBOUND_RULE_REQUEST_ENABLED_VALUES: set[SmsInboundRuleRequestEnabled] = {
    0,
    1,
}


def check_sms_inbound_rule_request_enabled(value: int) -> SmsInboundRuleRequestEnabled:
    if value in SMS_INBOUND_RULE_REQUEST_ENABLED_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SMS_INBOUND_RULE_REQUEST_ENABLED_VALUES!r}")
