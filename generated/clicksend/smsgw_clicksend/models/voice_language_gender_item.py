from typing import Literal

VoiceLanguageGenderItem = Literal["female", "male"]

VOICE_LANGUAGE_GENDER_ITEM_VALUES: set[VoiceLanguageGenderItem] = {
    "female",
    "male",
}


def check_voice_language_gender_item(value: str) -> VoiceLanguageGenderItem:
    if value in VOICE_LANGUAGE_GENDER_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VOICE_LANGUAGE_GENDER_ITEM_VALUES!r}")
