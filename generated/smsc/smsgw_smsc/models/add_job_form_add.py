from typing import Literal

AddJobFormAdd = Literal[1]

ADD_JOB_FORM_ADD_VALUES: set[AddJobFormAdd] = {
    1,
}


def check_add_job_form_add(value: int) -> AddJobFormAdd:
    if value in ADD_JOB_FORM_ADD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ADD_JOB_FORM_ADD_VALUES!r}")
