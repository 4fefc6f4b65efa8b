from typing import Literal

DeleteJobFormDel = Literal[1]

DELETE_JOB_FORM_DEL_VALUES: set[DeleteJobFormDel] = {
    1,
}


def check_delete_job_form_del(value: int) -> DeleteJobFormDel:
    if value in DELETE_JOB_FORM_DEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DELETE_JOB_FORM_DEL_VALUES!r}")
