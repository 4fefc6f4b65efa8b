"""How many SMS parts a text takes: the length rules every emulator shares.

A text in the GSM 03.38 alphabet goes as 7-bit septets (an extension-table character such as `€` takes two),
160 in one SMS or 153 per part when split; any other text goes as UCS-2, 70 code units or 67 per part.
"""

from __future__ import annotations

import math

GSM_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§"
    "¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM_EXTENSION = frozenset("\f^{}\\[~]|€")
PART_LENGTH = {"gsm": (160, 153), "ucs2": (70, 67)}  # (one SMS, each part of a split SMS)


def parts_for(units: int, encoding: str) -> int:
    """Parts for a text of `units` septets ("gsm") or UCS-2 code units ("ucs2")."""
    single, multi = PART_LENGTH[encoding]
    return 1 if units <= single else math.ceil(units / multi)


def sms_parts(text: str) -> int:
    """Parts for `text`, in GSM 03.38 when it fits that alphabet, otherwise in UCS-2."""
    if all(char in GSM_BASIC or char in GSM_EXTENSION for char in text):
        return parts_for(len(text) + sum(char in GSM_EXTENSION for char in text), "gsm")
    return parts_for(len(text.encode("utf-16-le")) // 2, "ucs2")
