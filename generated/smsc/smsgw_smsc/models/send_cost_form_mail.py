from typing import Literal

SendCostFormMail = Literal[0, 1]

SEND_COST_FORM_MAIL_VALUES: set[SendCostFormMail] = {
    0,
    1,
}


def check_send_cost_form_mail(value: int) -> SendCostFormMail:
    if value in SEND_COST_FORM_MAIL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEND_COST_FORM_MAIL_VALUES!r}")
