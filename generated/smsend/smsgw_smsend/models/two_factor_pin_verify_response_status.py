from typing import Literal

TwoFactorPinVerifyResponseStatus = Literal["ERROR", "OK"]

TWO_FACTOR_PIN_VERIFY_RESPONSE_STATUS_VALUES: set[TwoFactorPinVerifyResponseStatus] = {
    "ERROR",
    "OK",
}


def check_two_factor_pin_verify_response_status(value: str) -> TwoFactorPinVerifyResponseStatus:
    if value in TWO_FACTOR_PIN_VERIFY_RESPONSE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TWO_FACTOR_PIN_VERIFY_RESPONSE_STATUS_VALUES!r}")
