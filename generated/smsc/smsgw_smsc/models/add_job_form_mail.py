from typing import Literal

AddJobFormMail = Literal[0, 1]

ADD_JOB_FORM_MAIL_VALUES: set[AddJobFormMail] = {
    0,
    1,
}


def check_add_job_form_mail(value: int) -> AddJobFormMail:
    if value in ADD_JOB_FORM_MAIL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ADD_JOB_FORM_MAIL_VALUES!r}")
