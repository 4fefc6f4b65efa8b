from typing import Literal

ListFaxInboundRulesOperator = Literal["AND", "OR"]

LIST_FAX_INBOUND_RULES_OPERATOR_VALUES: set[ListFaxInboundRulesOperator] = {
    "AND",
    "OR",
}


def check_list_fax_inbound_rules_operator(value: str) -> ListFaxInboundRulesOperator:
    if value in LIST_FAX_INBOUND_RULES_OPERATOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_FAX_INBOUND_RULES_OPERATOR_VALUES!r}")
