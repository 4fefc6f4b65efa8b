from typing import Literal

CancelJobFormCancel = Literal[1]

CANCEL_JOB_FORM_CANCEL_VALUES: set[CancelJobFormCancel] = {
    1,
}


def check_cancel_job_form_cancel(value: int) -> CancelJobFormCancel:
    if value in CANCEL_JOB_FORM_CANCEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CANCEL_JOB_FORM_CANCEL_VALUES!r}")
