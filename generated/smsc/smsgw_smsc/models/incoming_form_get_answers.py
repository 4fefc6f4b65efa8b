from typing import Literal

IncomingFormGetAnswers = Literal[1]

INCOMING_FORM_GET_ANSWERS_VALUES: set[IncomingFormGetAnswers] = {
    1,
}


def check_incoming_form_get_answers(value: int) -> IncomingFormGetAnswers:
    if value in INCOMING_FORM_GET_ANSWERS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INCOMING_FORM_GET_ANSWERS_VALUES!r}")
