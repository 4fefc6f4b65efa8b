from typing import Literal

AddJobFormCost = Literal[0, 1]

ADD_JOB_FORM_COST_VALUES: set[AddJobFormCost] = {
    0,
    1,
}


def check_add_job_form_cost(value: int) -> AddJobFormCost:
    if value in ADD_JOB_FORM_COST_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ADD_JOB_FORM_COST_VALUES!r}")
