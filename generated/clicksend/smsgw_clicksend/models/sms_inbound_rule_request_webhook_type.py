from typing import Literal

SmsInboundRuleRequestWebhookType = Literal["get", "json", "post"]

SMS_INBOUND_RULE_REQUEST_WEBHOOK_TYPE_VALUES: set[SmsInboundRuleRequestWebhookType] = {
    "get",
    "json",
    "post",
}


def check_sms_inbound_rule_request_webhook_type(value: str) -> SmsInboundRuleRequestWebhookType:
    if value in SMS_INBOUND_RULE_REQUEST_WEBHOOK_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SMS_INBOUND_RULE_REQUEST_WEBHOOK_TYPE_VALUES!r}")
