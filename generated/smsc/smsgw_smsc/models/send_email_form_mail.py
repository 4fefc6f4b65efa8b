from typing import Literal

SendEmailFormMail = Literal[1]

SEND_EMAIL_FORM_MAIL_VALUES: set[SendEmailFormMail] = {
    1,
}


def check_send_email_form_mail(value: int) -> SendEmailFormMail:
    if value in SEND_EMAIL_FORM_MAIL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEND_EMAIL_FORM_MAIL_VALUES!r}")
