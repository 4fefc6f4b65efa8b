from typing import Literal

VoiceMessageInputVoice = Literal["female", "male"]

VOICE_MESSAGE_INPUT_VOICE_VALUES: set[VoiceMessageInputVoice] = {
    "female",
    "male",
}


def check_voice_message_input_voice(value: str) -> VoiceMessageInputVoice:
    if value in VOICE_MESSAGE_INPUT_VOICE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VOICE_MESSAGE_INPUT_VOICE_VALUES!r}")
