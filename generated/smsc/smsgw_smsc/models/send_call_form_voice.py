from typing import Literal

SendCallFormVoice = Literal["m", "m2", "w", "w2"]

SEND_CALL_FORM_VOICE_VALUES: set[SendCallFormVoice] = {
    "m",
    "m2",
    "w",
    "w2",
}


def check_send_call_form_voice(value: str) -> SendCallFormVoice:
    if value in SEND_CALL_FORM_VOICE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEND_CALL_FORM_VOICE_VALUES!r}")
