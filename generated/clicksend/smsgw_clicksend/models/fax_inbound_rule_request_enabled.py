from typing import Literal

FaxInboundRuleRequestEnabled = Literal[0, 1]

FAX_INBOUND_RULE_REQUEST_ENABLED_VALUES: set[FaxInboundRuleRequestEnabled] = {
    0,
    1,
}


def check_fax_inbound_rule_request_enabled(value: int) -> FaxInboundRuleRequestEnabled:
    if value in FAX_INBOUND_RULE_REQUEST_ENABLED_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FAX_INBOUND_RULE_REQUEST_ENABLED_VALUES!r}")
