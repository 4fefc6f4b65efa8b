from typing import Literal

VoiceReceiptMessageType = Literal["voice"]

VOICE_RECEIPT_MESSAGE_TYPE_VALUES: set[VoiceReceiptMessageType] = {
    "voice",
}


def check_voice_receipt_message_type(value: str) -> VoiceReceiptMessageType:
    if value in VOICE_RECEIPT_MESSAGE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VOICE_RECEIPT_MESSAGE_TYPE_VALUES!r}")
