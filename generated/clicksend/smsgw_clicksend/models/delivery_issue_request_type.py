from typing import Literal

DeliveryIssueRequestType = Literal["EMAIL_MARKETING", "EMAIL_TRANSACTIONAL", "FAX", "MMS", "POST", "SMS", "VOICE"]

DELIVERY_ISSUE_REQUEST_TYPE_VALUES: set[DeliveryIssueRequestType] = {
    "EMAIL_MARKETING",
    "EMAIL_TRANSACTIONAL",
    "FAX",
    "MMS",
    "POST",
    "SMS",
    "VOICE",
}


def check_delivery_issue_request_type(value: str) -> DeliveryIssueRequestType:
    if value in DELIVERY_ISSUE_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DELIVERY_ISSUE_REQUEST_TYPE_VALUES!r}")
