from typing import Literal

SubaccountCreditMoveRequestMessageType = Literal["L", "LL", "N"]

SUBACCOUNT_CREDIT_MOVE_REQUEST_MESSAGE_TYPE_VALUES: set[SubaccountCreditMoveRequestMessageType] = {
    "L",
    "LL",
    "N",
}


def check_subaccount_credit_move_request_message_type(value: str) -> SubaccountCreditMoveRequestMessageType:
    if value in SUBACCOUNT_CREDIT_MOVE_REQUEST_MESSAGE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBACCOUNT_CREDIT_MOVE_REQUEST_MESSAGE_TYPE_VALUES!r}"
    )
